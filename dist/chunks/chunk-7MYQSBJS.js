import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
var o=["markdown","html","json","docx"],t={markdown:"md",html:"html",json:"json",docx:"docx"};export{o as a,t as b};
