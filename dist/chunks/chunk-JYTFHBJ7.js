import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
var t=["text","markdown","json","ics","svg"],o={text:"txt",markdown:"md",json:"json",ics:"ics",svg:"svg"};export{t as a,o as b};
