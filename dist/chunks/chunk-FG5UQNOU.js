import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as e}from"./chunk-XXM4VQB4.js";var r=e("node:crypto"),t=r.createHash;export{t as a};
