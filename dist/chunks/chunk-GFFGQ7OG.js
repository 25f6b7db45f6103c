import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as o}from"./chunk-XXM4VQB4.js";var e=o("node:path"),s=e.resolve,r=e.sep;export{s as a,r as b};
