import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as a}from"./chunk-5J7G3V4R.js";import"./chunk-IKPVOD2Q.js";import"./chunk-4SCZUQTF.js";import"./chunk-RWPRI7QK.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
