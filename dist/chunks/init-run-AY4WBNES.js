import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as d,e as oe,f as ae,i as de}from"./chunk-ILXLOZTD.js";import{a as ie,e as M,f as re,g as se,k as me,l as ce}from"./chunk-TLWZLV54.js";import{a as X}from"./chunk-MH7ZWNOM.js";import"./chunk-C2IW27ES.js";import"./chunk-2TONXZJI.js";import"./chunk-KDWQMET5.js";import{o as Q}from"./chunk-DHQ3KSF2.js";import"./chunk-OMLLCDGC.js";import{a as Z,j as T,l as q}from"./chunk-USM5UN5E.js";import"./chunk-BZRNZPRV.js";import{c as ne}from"./chunk-G43UG4JF.js";import"./chunk-DTTYH4WE.js";import"./chunk-WPJITOB3.js";import"./chunk-NVW7YKF2.js";import"./chunk-FU6MADTI.js";import"./chunk-JVPWHHCE.js";import{Ba as V,Fa as B,H,Ha as J,Sa as K,db as A,eb as F,fb as C,g as P,gb as ee,h as $,hb as te,ib as N,lb as le,oa as l}from"./chunk-YXJZV7QC.js";import{a as m,b as j}from"./chunk-XXM4VQB4.js";var pe=j("node:fs"),_=pe.existsSync,fe=pe.rmSync;var h=j("node:path"),ge=h.basename,x=h.dirname,u=h.join,S=h.relative,ue=h.resolve,v=h.sep;var Y=j("node:fs"),ye=Y.existsSync,we=Y.readFileSync,$e=Y.readdirSync;var E=j("node:path"),U=E.dirname,k=E.join,he=E.relative,xe=E.sep;function Fe(){let n=U(X(import.meta.url));for(let e=0;e<5;e++){let i=k(n,"data","buskerud-2024");if(ye(k(i,"agreement.yaml")))return i;n=U(n)}return null}m(Fe,"exampleFolder");function Ie(n){return $e(n,{withFileTypes:!0}).flatMap(e=>e.isDirectory()?Ie(k(n,e.name)):[k(n,e.name)])}m(Ie,"walk");function be(n){let e=Fe();return e?new Map(Ie(e).map(i=>{let r=he(e,i).split(xe).join("/"),s="../".repeat(r.split("/").length-1),t=re(r),o=we(i,"utf8").replace(/^supersedes: .*\n/m,""),c=t===null?o:se(o,`${s}${n}${t}`);return[r,c]})):null}m(be,"exampleFiles");var Se=["top","middle","committee"],Me={top:[{id:"agenda.top-status"},{id:"agenda.top-information"},{id:"agenda.top-reflection"},{id:"agenda.top-revision"}],middle:[{id:"init.agenda.middle-follow-up"},{id:"init.agenda.middle-strategy"},{id:"init.agenda.middle-competence"},{id:"init.agenda.middle-areas",at:"first-of-year"}],committee:[{id:"init.agenda.committee-progress"},{id:"init.agenda.committee-coordination"},{id:"init.agenda.committee-support"},{id:"init.agenda.committee-escalate"}]},W=m((n,e)=>`      agenda:
${Me[n].map(({id:i,at:r})=>r?`        - { item: ${d($(i,e))}, at: ${r} }
`:`        - ${d($(i,e))}
`).join("")}`,"agendaYaml"),ve={top:"yearly",middle:"tertial",committee:null};function Ee(n){let e=n.language,i=n.parties.flatMap(t=>[{id:`kontakt-${t.id}`,party:t.id,role:n.contactRoles?.get(t.id)??$("init.gap.contact",e)},{id:`sekretariat-${t.id}`,party:t.id,role:n.secretariatRoles?.get(t.id)??$("init.gap.secretariat",e)}]),r=new Set(i.map(t=>t.id)),s={top:[],middle:[],committee:[]};for(let t of n.members??[]){let o=ae(t.role,"medlem"),c=o;for(let f=2;r.has(c);f++)c=`${o}-${f}`;r.add(c),i.push({id:c,party:t.party,role:t.role}),s[t.body].push(c)}return{people:i,members:s}}m(Ee,"peopleOf");var y=m((n,e,i="")=>$(n,e).split(`
`).map(r=>`${i}# ${r}
`).join(""),"comment");function ke(n){let e=n.language,i=m(a=>d($(`init.body.${a}`,e)),"name"),r=m(a=>{let z=n.meets?.[a],G=z===void 0?ve[a]:z;return G===null?"null":d(G)},"meets"),{people:s,members:t}=Ee(n),o=m(a=>t[a].length>0?`      members: [${t[a].join(", ")}]
`:"","membersYaml"),c=m(a=>`# yaml-language-server: $schema=${n.schemas}${a}.schema.json
`,"schema"),f=n.parties.map(a=>`  - id: ${d(a.id)}
    name: ${d(a.name)}
${a.side?`    side: ${d(a.side)}
`:""}`).join(""),p=n.sides??[],O=p.length>0?`${y("init.comment.sides",e)}sides:
${p.map(a=>`  - id: ${d(a)}
    name: ${d(a.charAt(0).toUpperCase()+a.slice(1))}
`).join("")}`:"",R=p.length>0?`      roles:
        host: { rotate: sides, every: 1 year, from: ${n.from} }
        leader: { same: host }`:"      host: rotate",D=`${c("agreement")}${y("init.comment.agreement",e)}schemaVersion: 1
id: ${d(n.id)}
title: ${d(n.title)}
language: ${n.language}
parties:
${f}${O}validity:
  from: ${n.from}
${y("init.comment.validity",e,"  ")}  until: null
${y("init.comment.governance",e)}governance:
  bodies:
    top:
      name: ${i("top")}
      meets: ${r("top")}
${R}
${o("top")}${W("top",e)}    middle:
      name: ${i("middle")}
      meets: ${r("middle")}
      host: secretariat
      adopts: true
${o("middle")}${W("middle",e)}    committee:
      name: ${i("committee")}
      meets: ${r("committee")}
      host: secretariat
${W("committee",e)}  workingGroups:
    reporting: every 4 months
  evaluation:
    agreement: yearly
    actionPlans: every 12 months
  remindDaysBefore: 30
  noticeDays: 14
${y("init.comment.tracked-from",e,"  ")}  trackedFrom: ${n.trackedFrom}
`,g=s.map(a=>`  - id: ${d(a.id)}
    party: ${d(a.party)}
    role: ${d(a.role)}
`).join(""),w=n.parties.map(a=>`sekretariat-${a.id}`),I=[...w,...t.committee].join(", "),b=`${c("people")}${y("init.comment.people",e)}schemaVersion: 1
people:
${g}${y("init.comment.contacts",e)}contacts:
${n.parties.map(a=>`  ${d(a.id)}: kontakt-${a.id}
`).join("")}${y("init.comment.secretariat",e)}secretariat: [${w.join(", ")}]
${y("init.comment.committee",e)}committee:
  members: [${I}]
`;return new Map([["agreement.yaml",D],["people.yaml",b]])}m(ke,"initFiles");var L=new RegExp(Q);function Le(n){return n.map(e=>{let i=e.indexOf("="),r=e.slice(0,i),s=e.slice(i+1).trim();if(i<1||!L.test(r)||s==="")throw new l({id:"init.bad-party",params:{value:e}});return{id:r,name:s}})}m(Le,"parties");function Oe(n){let e=new Set;return n.map(i=>{let r=i.indexOf("="),s=i.slice(0,r),t=i.slice(r+1).split(",").map(o=>o.trim());if(r<1||!L.test(s)||t.some(o=>!L.test(o)))throw new l({id:"init.bad-side",params:{value:i}});for(let o of t){if(e.has(o))throw new l({id:"init.side-twice",params:{party:o}});e.add(o)}return{id:s,parties:t}})}m(Oe,"sides");function Re(n,e,i){let r=new Map;for(let s of e){let t=s.indexOf("="),o=s.slice(0,t).trim(),c=s.slice(t+1).trim();if(t<1||!i.includes(o)||c==="")throw new l({id:"init.bad-role",params:{option:n,value:s,parties:i.join(", ")}});if(r.has(o))throw new l({id:"init.role-twice",params:{option:n,party:o}});r.set(o,c)}return r}m(Re,"rolesByParty");var je=m(n=>Se.includes(n),"isBody");function De(n,e){return n.map(i=>{let r=/^([a-z]+):([^=]+)=(.*)$/s.exec(i),[s,t,o]=[r?.[1]??"",r?.[2]?.trim()??"",r?.[3]?.trim()??""];if(!je(s)||!e.includes(t)||o==="")throw new l({id:"init.bad-member",params:{value:i,parties:e.join(", ")}});return{body:s,party:t,role:o}})}m(De,"members");function Pe(n){let e={};for(let i of n){let r=i.indexOf("="),s=i.slice(0,r).trim(),t=i.slice(r+1).trim();if(!je(s)||t===""||H(t)===null&&t!=="as-needed")throw new l({id:"init.bad-meets",params:{value:i}});e[s]=t==="as-needed"?null:t}return e}m(Pe,"meetsOf");function Te(n,e){let i=new Map(n.map(t=>[t.id,t.name])),r=e.flatMap(t=>t.parties.map(o=>({id:o,name:i.get(o)??o,side:t.id}))),s=new Set(r.map(t=>t.id));return[...r,...n.filter(t=>!s.has(t.id))]}m(Te,"withSides");async function bt(n,e){let i=ue(n),r=e.language??A(e.lang,[]),s=A(e.lang,[r]),t=te(s),o=Ce(i,process.cwd()),c=u(o,...M),f=`${S(i,c).split(v).join("/")}/`,p;if(e.example)p=be(f);else{let g=e.id??ge(i);if(!L.test(g))throw new l({id:"init.bad-id",params:{id:g}});if(!e.title)throw new l({id:"init.needs",params:{what:"--title"}});let w=Oe(e.side??[]),I=Te(Le(e.party),w);if(I.length<2)throw new l({id:"init.needs",params:{what:"--party id=Name --party id=Name"}});let b=I.map(a=>a.id);p=ke({id:g,title:e.title,language:r,from:e.from===void 0?F(void 0):C(e.from,"--from"),trackedFrom:e.trackedFrom===void 0?F(void 0):C(e.trackedFrom,"--tracked-from"),parties:I,sides:w.map(a=>a.id),schemas:f,contactRoles:Re("--contact-role",e.contactRole??[],b),secretariatRoles:Re("--secretariat-role",e.secretariatRole??[],b),members:De(e.member??[],b),meets:Pe(e.meets??[])})}if(!p)throw new l({id:"init.no-example"});if(!B(u(i,J))&&Be(i,n,p)==="same"){process.stderr.write(`${t("init.already",{dir:n})}
`);return}let O=de(i,process.cwd(),p),R=ne({agreements:[O],known:[]},F(void 0)).filter(g=>g.severity==="error");if(R.length>0){let g={findings:R,agreements:1,render:m(w=>P(w.message,s),"render"),t};process.stdout.write(le(g,ee(e))),process.exitCode=1;return}if(await Ae(i,n,p)==="already"){process.stderr.write(`${t("init.already",{dir:n})}
`);return}for(let g of p.keys())process.stderr.write(`${t("cli.wrote",{path:u(n,g)})}
`);await Ne(o,e.example?"nb":r,t);let D=S(process.cwd(),c).split(v).join("/");process.stderr.write(`${t("init.next",{dir:n,schemas:D})}
`)}m(bt,"runInit");function Be(n,e,i){let r=[...i.keys()].filter(t=>B(u(n,t)));if(r.length===0)return"absent";if(r.length===i.size&&[...i].every(([t,o])=>V(u(n,t),K)===o))return"same";throw new l({id:"init.exists",params:{path:u(e,r[0])}})}m(Be,"existing");async function Ae(n,e,i){let r=null;for(let t=n;!_(t)&&x(t)!==t;t=x(t))r=t;N(e,()=>T(n));let s=[...i].map(([t,o])=>oe(t,o,null));try{return await ce(n,!1,t=>Be(n,e,i)==="same"?"already":(N(e,()=>ie(n,s,t)),"written"))}catch(t){throw r&&fe(r,{recursive:!0,force:!0}),t instanceof me?t.refusal?new l(t.refusal.detail,1):new l({id:"edit.cannot-lock",params:{code:t.code}}):t}}m(Ae,"writeAll");function Ce(n,e){let i=S(e,n),r=i!==""&&!i.startsWith("..")&&!i.startsWith(v);if(r)for(let s=x(n);;s=x(s)){if(_(u(s,...M)))return s;if(s===e||x(s)===s)break}return r?e:n}m(Ce,"schemaBaseFor");async function Ne(n,e,i){let{jsonSchemas:r}=await import("./json-schema-2IZEXB7K.js");for(let{name:s,text:t}of r(e)){let o=u(...M,s),c=S(process.cwd(),u(n,o));if(!B(u(n,o)))try{q(T(n),o,t),process.stderr.write(`${i("cli.wrote",{path:c})}
`)}catch(f){let p=f instanceof Z?P(f.detail,e):i("cli.write-failed",{path:c,code:f.code??"error"});process.stderr.write(`samarbeid: ${p}
`)}}}m(Ne,"writeMissingSchemas");export{bt as runInit};
