import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a}from"./chunk-COL7ZAVI.js";import"./chunk-ILZ2XJMC.js";import"./chunk-PT4YBUXQ.js";import"./chunk-LYVMB4N3.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
