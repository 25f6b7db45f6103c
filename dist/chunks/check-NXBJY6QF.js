import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a}from"./chunk-JDZFKF6Y.js";import"./chunk-D2BJ3PIJ.js";import"./chunk-JUOZGBWQ.js";import"./chunk-SYYHLCD5.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
