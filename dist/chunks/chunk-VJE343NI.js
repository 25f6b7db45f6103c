import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a as e}from"./chunk-XXM4VQB4.js";var n=e((r,t)=>r<t?-1:r>t?1:0,"compareText");export{n as a};
