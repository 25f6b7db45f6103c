import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a}from"./chunk-WAJDD7T3.js";import"./chunk-YFYHF77E.js";import"./chunk-6BC5IAJZ.js";import"./chunk-TATURYXN.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
