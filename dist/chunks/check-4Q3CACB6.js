import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a}from"./chunk-ABCWMPGA.js";import"./chunk-OOLVBGEP.js";import"./chunk-VVHYBQ5S.js";import"./chunk-LNUF4ROS.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
