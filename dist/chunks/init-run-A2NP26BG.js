import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a as N}from"./chunk-ULL2WPD6.js";import"./chunk-AXDVZ4L4.js";import{b as c,e as O,f as A}from"./chunk-KLSUY2FC.js";import{f as E,h as y,i as T,j as I}from"./chunk-UJDRUPMY.js";import"./chunk-6Y7I3YHW.js";import"./chunk-I34WP6YV.js";import{a as K}from"./chunk-ABCWMPGA.js";import"./chunk-OOLVBGEP.js";import"./chunk-VVHYBQ5S.js";import"./chunk-4OPZH4XI.js";import{n as P}from"./chunk-N6F3ZUPB.js";import{B as f,C as k,D as R,E as v,F as C,G as D,H as x,S as W,x as M,y as L}from"./chunk-LNUF4ROS.js";import{a as s}from"./chunk-XXM4VQB4.js";import{existsSync as b,mkdirSync as et,rmSync as nt}from"node:fs";import{basename as it,dirname as S,join as u,relative as w,resolve as rt,sep as j}from"node:path";import{existsSync as J,readdirSync as Y,readFileSync as z}from"node:fs";import{dirname as U,join as $,relative as Q,sep as X}from"node:path";import{fileURLToPath as Z}from"node:url";function q(){let e=U(Z(import.meta.url));for(let t=0;t<5;t++){let n=$(e,"data","buskerud-2024");if(J($(n,"agreement.yaml")))return n;e=U(e)}return null}s(q,"exampleFolder");function V(e){return Y(e,{withFileTypes:!0}).flatMap(t=>t.isDirectory()?V($(e,t.name)):[$(e,t.name)])}s(V,"walk");function _(e){let t=q();return t?new Map(V(t).map(n=>{let i=Q(t,n).split(X).join("/"),r="../".repeat(i.split("/").length-1),a=T(i),m=z(n,"utf8").replace(/^supersedes: .*\n/m,""),d=a===null?m:I(m,`${r}${e}${a}`);return[i,d]})):null}s(_,"exampleFiles");var tt={nb:{top:"Topplederniv\xE5",middle:"Mellomlederniv\xE5",committee:"Samarbeidsutvalget",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},nn:{top:"Toppleiarniv\xE5",middle:"Mellomleiarniv\xE5",committee:"Samarbeidsutvalet",contact:"Kontaktperson",secretariat:"Sekretariatsmedlem"},en:{top:"Top level",middle:"Middle level",committee:"Cooperation committee",contact:"Contact person",secretariat:"Secretariat member"}},g=s((e,t,n="")=>L(e,t).split(`
`).map(i=>`${n}# ${i}
`).join(""),"comment");function B(e){let t=e.language,n=tt[t],i=s(o=>`# yaml-language-server: $schema=${e.schemas}${o}.schema.json
`,"schema"),r=e.parties.map(o=>`  - id: ${c(o.id)}
    name: ${c(o.name)}
`).join(""),a=`${i("agreement")}${g("init.comment.agreement",t)}schemaVersion: 1
id: ${c(e.id)}
title: ${c(e.title)}
language: ${e.language}
parties:
${r}validity:
  from: ${e.from}
${g("init.comment.validity",t,"  ")}  until: null
${g("init.comment.governance",t)}governance:
  bodies:
    top:
      name: ${c(n.top)}
      meets: yearly
      host: rotate
    middle:
      name: ${c(n.middle)}
      meets: tertial
      host: secretariat
      adopts: true
    committee:
      name: ${c(n.committee)}
      meets: null
      host: secretariat
  workingGroups:
    reporting: every 4 months
  evaluation:
    agreement: yearly
    actionPlans: every 12 months
  remindDaysBefore: 30
  noticeDays: 14
`,m=e.parties.flatMap(o=>[`  - id: kontakt-${o.id}
    party: ${c(o.id)}
    role: ${c(n.contact)}
`,`  - id: sekretariat-${o.id}
    party: ${c(o.id)}
    role: ${c(n.secretariat)}
`]).join(""),d=e.parties.map(o=>`sekretariat-${o.id}`).join(", "),p=`${i("people")}${g("init.comment.people",t)}schemaVersion: 1
people:
${m}${g("init.comment.contacts",t)}contacts:
${e.parties.map(o=>`  ${c(o.id)}: kontakt-${o.id}
`).join("")}${g("init.comment.secretariat",t)}secretariat: [${d}]
${g("init.comment.committee",t)}committee:
  members: [${d}]
`;return new Map([["agreement.yaml",a],["people.yaml",p]])}s(B,"initFiles");var G=new RegExp(P);function ot(e){return e.map(t=>{let n=t.indexOf("="),i=t.slice(0,n),r=t.slice(n+1).trim();if(n<1||!G.test(i)||r==="")throw new f({id:"init.bad-party",params:{value:t}});return{id:i,name:r}})}s(ot,"parties");async function Tt(e,t){let n=rt(e),i=t.language??v(t.lang,[]),r=v(t.lang,[i]),a=D(r),m=st(n,process.cwd()),d=`${w(n,m).split(j).join("/")}/`,p;if(t.example)p=_(d);else{let l=t.id??it(n);if(!G.test(l))throw new f({id:"init.bad-id",params:{id:l}});if(!t.title)throw new f({id:"init.needs",params:{what:"--title"}});let h=ot(t.party);if(h.length<2)throw new f({id:"init.needs",params:{what:"--party id=Name --party id=Name"}});p=B({id:l,title:t.title,language:i,from:t.from===void 0?k(void 0):R(t.from,"--from"),parties:h,schemas:d})}if(!p)throw new f({id:"init.no-example"});for(let l of p.keys())if(b(u(n,l)))throw new f({id:"init.exists",params:{path:u(e,l)}});let o=A(n,process.cwd(),p),F=K({agreements:[o],known:[]},k(void 0)).filter(l=>l.severity==="error");if(F.length>0){let l={findings:F,agreements:1,render:s(h=>M(h.message,r),"render"),t:a};process.stdout.write(W.text(l,C(t))),process.exitCode=1;return}at(n,e,p);for(let l of p.keys())process.stderr.write(`${a("cli.wrote",{path:u(e,l)})}
`);await mt(m,t.example?"nb":i,a);let H=w(process.cwd(),m).split(j).join("/");process.stderr.write(`${a("init.next",{dir:e,schemas:H})}
`)}s(Tt,"runInit");function at(e,t,n){let i=x(t,()=>et(e,{recursive:!0})),r=[...n].map(([a,m])=>O(a,m,null));try{x(t,()=>E(e,r,null))}catch(a){throw i&&nt(i,{recursive:!0,force:!0}),a}}s(at,"writeAll");function st(e,t){let n=w(t,e),i=n!==""&&!n.startsWith("..")&&!n.startsWith(j);if(i)for(let r=S(e);;r=S(r)){if(b(u(r,...y)))return u(r,...y);if(r===t||S(r)===r)break}return u(i?t:e,...y)}s(st,"schemaFolderFor");async function mt(e,t,n){let{jsonSchemas:i}=await import("./json-schema-UJYQSFEQ.js");for(let{name:r,text:a}of i(t)){let m=u(e,r),d=w(process.cwd(),m);if(!b(m))try{N(m,a),process.stderr.write(`${n("cli.wrote",{path:d})}
`)}catch(p){let o=p.code??"error";process.stderr.write(`samarbeid: ${n("cli.write-failed",{path:d,code:o})}
`)}}}s(mt,"writeMissingSchemas");export{Tt as runInit};
