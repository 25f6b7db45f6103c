import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a}from"./chunk-65XX45MI.js";import"./chunk-NHYPGLJC.js";import"./chunk-MRYON334.js";import"./chunk-OPZQEUVD.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
