import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a}from"./chunk-SJ4R4YXJ.js";import"./chunk-FTKTGNSB.js";import"./chunk-465LKZKQ.js";import"./chunk-2QWN7HBK.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
