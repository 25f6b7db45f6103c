import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a}from"./chunk-UKMT2MBF.js";import"./chunk-VRR3ZNGG.js";import"./chunk-B3SEOBTJ.js";import"./chunk-CV3I2IR4.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
