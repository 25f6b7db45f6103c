import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a}from"./chunk-FRZNHE72.js";import"./chunk-X5I5KSV6.js";import"./chunk-QXK2RBZJ.js";import"./chunk-JFUW3JB2.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
