import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as c}from"./chunk-XXM4VQB4.js";var t=c("node:fs"),n=t.lstatSync,s=t.statSync;export{n as a,s as b};
