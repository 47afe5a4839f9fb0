import{a as Zt,b as Xt}from"./chunk-W2MHEJYV.js";import{a as de,b as le,c as $t,d as pe,e as me,f as he,g as ue,h as ge}from"./chunk-ABO3QYC6.js";import{a as fe,b as _e}from"./chunk-PMPHR3VW.js";import{c as ee}from"./chunk-SJFZMADT.js";import{a as Ke,b as $e}from"./chunk-WCKD6CR6.js";import{b as Tt,d as te,e as Ve,k as ie,l as ne}from"./chunk-433MDYIF.js";import{b as Gt,d as Qt,e as Wt}from"./chunk-J2UHV455.js";import"./chunk-DOXV2Q6S.js";import{b as je,d as k,f as re,g as qe,i as Nt,j as Ue,k as zt,l as Ge,m as Qe,n as We,o as ce}from"./chunk-D5KIEZK6.js";import{a as Lt}from"./chunk-5L4IL7BG.js";import{d as At}from"./chunk-QRPP2IQQ.js";import{a as Kt}from"./chunk-JLVVRPC5.js";import{a as qt,b as Ut}from"./chunk-LQEH6HRI.js";import{a as Q,b as se}from"./chunk-V2ARXGE6.js";import{e as Ze}from"./chunk-33B7UCTL.js";import{a as Vt,b as jt}from"./chunk-XEAGL6H5.js";import{b as z,c as V}from"./chunk-R5UDUAJS.js";import{B as Pt,D as Ne,E as G,Q as Rt,S as Me,T as Ot,U as ze,V as Bt,W as Ht,b as N,k as He,r as Le,s as De,t as Ft}from"./chunk-7RTFUMQG.js";import{a as ae,b as oe}from"./chunk-2DDRSP4W.js";import{$b as kt,A,Ab as S,Bb as Y,Cb as Oe,Db as y,Eb as b,Ec as J,F as ft,Fa as o,Ha as yt,Ja as ot,Jb as Dt,Kb as B,Lb as Mt,Ma as bt,Mb as l,Nb as u,P as j,Pb as H,Q as _t,Qa as w,Qb as Be,R as be,Ra as $,Sa as F,Va as Ce,Vb as L,Wa as xt,Wb as rt,Xb as ct,Y as K,Zb as m,_ as D,_b as h,aa as c,c as ke,db as M,eb as f,fa as Ee,fb as _,g as O,ga as Se,gc as Et,ha as at,hb as Ct,hc as St,ib as P,ja as vt,jb as R,ka as Ae,kb as g,l as gt,lb as s,mb as r,mc as U,na as T,nb as C,oa as Te,ob as Z,oc as I,pb as we,pc as Ie,qb as wt,s as W,sa as x,ua as xe,ub as Re,va as Fe,vb as It,wb as v,xa as q,ya as Pe,yb as E,z as ye,zb as X}from"./chunk-I47EGPJT.js";var Ci=["*",[["mat-chip-avatar"],["","matChipAvatar",""]],[["mat-chip-trailing-icon"],["","matChipRemove",""],["","matChipTrailingIcon",""]]],wi=["*","mat-chip-avatar, [matChipAvatar]","mat-chip-trailing-icon,[matChipRemove],[matChipTrailingIcon]"];function Ii(t,a){t&1&&(s(0,"span",3),S(1,1),r())}function Di(t,a){t&1&&(s(0,"span",6),S(1,2),r())}var Mi=["*"];var ki=new D("mat-chips-default-options",{providedIn:"root",factory:()=>({separatorKeyCodes:[13]})}),Yt=new D("MatChipAvatar"),Jt=new D("MatChipTrailingIcon"),ei=new D("MatChipEdit"),ti=new D("MatChipRemove"),ni=new D("MatChip"),ai=(()=>{class t{_elementRef=c(q);_parentChip=c(ni);_isPrimary=!0;_isLeading=!1;get disabled(){return this._disabled||this._parentChip?.disabled||!1}set disabled(e){this._disabled=e}_disabled=!1;tabIndex=-1;_allowFocusWhenDisabled=!1;_getDisabledAttribute(){return this.disabled&&!this._allowFocusWhenDisabled?"":null}constructor(){c(De).load(Me),this._elementRef.nativeElement.nodeName==="BUTTON"&&this._elementRef.nativeElement.setAttribute("type","button")}focus(){this._elementRef.nativeElement.focus()}static \u0275fac=function(i){return new(i||t)};static \u0275dir=F({type:t,selectors:[["","matChipContent",""]],hostAttrs:[1,"mat-mdc-chip-action","mdc-evolution-chip__action","mdc-evolution-chip__action--presentational"],hostVars:8,hostBindings:function(i,n){i&2&&(M("disabled",n._getDisabledAttribute())("aria-disabled",n.disabled),B("mdc-evolution-chip__action--primary",n._isPrimary)("mdc-evolution-chip__action--secondary",!n._isPrimary)("mdc-evolution-chip__action--trailing",!n._isPrimary&&!n._isLeading))},inputs:{disabled:[2,"disabled","disabled",I],tabIndex:[2,"tabIndex","tabIndex",e=>e==null?-1:Ie(e)],_allowFocusWhenDisabled:"_allowFocusWhenDisabled"}})}return t})(),Ei=(()=>{class t extends ai{_getTabindex(){return this.disabled&&!this._allowFocusWhenDisabled?null:this.tabIndex.toString()}_handleClick(e){!this.disabled&&this._isPrimary&&(e.preventDefault(),this._parentChip._handlePrimaryActionInteraction())}_handleKeydown(e){(e.keyCode===13||e.keyCode===32)&&!this.disabled&&this._isPrimary&&!this._parentChip._isEditing&&(e.preventDefault(),this._parentChip._handlePrimaryActionInteraction())}static \u0275fac=(()=>{let e;return function(n){return(e||(e=Fe(t)))(n||t)}})();static \u0275dir=F({type:t,selectors:[["","matChipAction",""]],hostVars:3,hostBindings:function(i,n){i&1&&v("click",function(p){return n._handleClick(p)})("keydown",function(p){return n._handleKeydown(p)}),i&2&&(M("tabindex",n._getTabindex()),B("mdc-evolution-chip__action--presentational",!1))},features:[Ce]})}return t})();var st=(()=>{class t{_changeDetectorRef=c(U);_elementRef=c(q);_tagName=c(St);_ngZone=c(Te);_focusMonitor=c(Le);_globalRippleOptions=c(Rt,{optional:!0});_document=c(Ae);_onFocus=new O;_onBlur=new O;_isBasicChip=!1;role=null;_hasFocusInternal=!1;_pendingFocus=!1;_actionChanges;_animationsDisabled=He();_allLeadingIcons;_allTrailingIcons;_allEditIcons;_allRemoveIcons;_hasFocus(){return this._hasFocusInternal}id=c(G).getId("mat-mdc-chip-");ariaLabel=null;ariaDescription=null;_chipListDisabled=!1;_hadFocusOnRemove=!1;_textElement;get value(){return this._value!==void 0?this._value:this._textElement.textContent.trim()}set value(e){this._value=e}_value;color;removable=!0;highlighted=!1;disableRipple=!1;get disabled(){return this._disabled||this._chipListDisabled}set disabled(e){this._disabled=e}_disabled=!1;removed=new T;destroyed=new T;basicChipAttrName="mat-basic-chip";leadingIcon;editIcon;trailingIcon;removeIcon;primaryAction;_rippleLoader=c(Ht);_injector=c(vt);constructor(){let e=c(De);e.load(Me),e.load(Ft),this._monitorFocus(),this._rippleLoader?.configureRipple(this._elementRef.nativeElement,{className:"mat-mdc-chip-ripple",disabled:this._isRippleDisabled()})}ngOnInit(){this._isBasicChip=this._elementRef.nativeElement.hasAttribute(this.basicChipAttrName)||this._tagName.toLowerCase()===this.basicChipAttrName}ngAfterViewInit(){this._textElement=this._elementRef.nativeElement.querySelector(".mat-mdc-chip-action-label"),this._pendingFocus&&(this._pendingFocus=!1,this.focus())}ngAfterContentInit(){this._actionChanges=ye(this._allLeadingIcons.changes,this._allTrailingIcons.changes,this._allEditIcons.changes,this._allRemoveIcons.changes).subscribe(()=>this._changeDetectorRef.markForCheck())}ngDoCheck(){this._rippleLoader.setDisabled(this._elementRef.nativeElement,this._isRippleDisabled())}ngOnDestroy(){this._focusMonitor.stopMonitoring(this._elementRef),this._rippleLoader?.destroyRipple(this._elementRef.nativeElement),this._actionChanges?.unsubscribe(),this.destroyed.emit({chip:this}),this.destroyed.complete()}remove(){this.removable&&(this._hadFocusOnRemove=this._hasFocus(),this.removed.emit({chip:this}))}_isRippleDisabled(){return this.disabled||this.disableRipple||this._animationsDisabled||this._isBasicChip||!this._hasInteractiveActions()||!!this._globalRippleOptions?.disabled}_hasTrailingIcon(){return!!(this.trailingIcon||this.removeIcon)}_handleKeydown(e){(e.keyCode===8&&!e.repeat||e.keyCode===46)&&(e.preventDefault(),this.remove())}focus(){this.disabled||(this.primaryAction?this.primaryAction.focus():this._pendingFocus=!0)}_getSourceAction(e){return this._getActions().find(i=>{let n=i._elementRef.nativeElement;return n===e||n.contains(e)})}_getActions(){let e=[];return this.editIcon&&e.push(this.editIcon),this.primaryAction&&e.push(this.primaryAction),this.removeIcon&&e.push(this.removeIcon),e}_handlePrimaryActionInteraction(){}_hasInteractiveActions(){return this._getActions().length>0}_edit(e){}_monitorFocus(){this._focusMonitor.monitor(this._elementRef,!0).subscribe(e=>{let i=e!==null;i!==this._hasFocusInternal&&(this._hasFocusInternal=i,i?this._onFocus.next({chip:this}):(this._changeDetectorRef.markForCheck(),setTimeout(()=>this._ngZone.run(()=>this._onBlur.next({chip:this})))))})}static \u0275fac=function(i){return new(i||t)};static \u0275cmp=w({type:t,selectors:[["mat-basic-chip"],["","mat-basic-chip",""],["mat-chip"],["","mat-chip",""]],contentQueries:function(i,n,d){if(i&1&&Y(d,Yt,5)(d,ei,5)(d,Jt,5)(d,ti,5)(d,Yt,5)(d,Jt,5)(d,ei,5)(d,ti,5),i&2){let p;y(p=b())&&(n.leadingIcon=p.first),y(p=b())&&(n.editIcon=p.first),y(p=b())&&(n.trailingIcon=p.first),y(p=b())&&(n.removeIcon=p.first),y(p=b())&&(n._allLeadingIcons=p),y(p=b())&&(n._allTrailingIcons=p),y(p=b())&&(n._allEditIcons=p),y(p=b())&&(n._allRemoveIcons=p)}},viewQuery:function(i,n){if(i&1&&Oe(Ei,5),i&2){let d;y(d=b())&&(n.primaryAction=d.first)}},hostAttrs:[1,"mat-mdc-chip"],hostVars:31,hostBindings:function(i,n){i&1&&v("keydown",function(p){return n._handleKeydown(p)}),i&2&&(It("id",n.id),M("role",n.role)("aria-label",n.ariaLabel),Mt("mat-"+(n.color||"primary")),B("mdc-evolution-chip",!n._isBasicChip)("mdc-evolution-chip--disabled",n.disabled)("mdc-evolution-chip--with-trailing-action",n._hasTrailingIcon())("mdc-evolution-chip--with-primary-graphic",n.leadingIcon)("mdc-evolution-chip--with-primary-icon",n.leadingIcon)("mdc-evolution-chip--with-avatar",n.leadingIcon)("mat-mdc-chip-with-avatar",n.leadingIcon)("mat-mdc-chip-highlighted",n.highlighted)("mat-mdc-chip-disabled",n.disabled)("mat-mdc-basic-chip",n._isBasicChip)("mat-mdc-standard-chip",!n._isBasicChip)("mat-mdc-chip-with-trailing-icon",n._hasTrailingIcon())("_mat-animation-noopable",n._animationsDisabled))},inputs:{role:"role",id:"id",ariaLabel:[0,"aria-label","ariaLabel"],ariaDescription:[0,"aria-description","ariaDescription"],value:"value",color:"color",removable:[2,"removable","removable",I],highlighted:[2,"highlighted","highlighted",I],disableRipple:[2,"disableRipple","disableRipple",I],disabled:[2,"disabled","disabled",I]},outputs:{removed:"removed",destroyed:"destroyed"},exportAs:["matChip"],features:[L([{provide:ni,useExisting:t}])],ngContentSelectors:wi,decls:8,vars:2,consts:[[1,"mat-mdc-chip-focus-overlay"],[1,"mdc-evolution-chip__cell","mdc-evolution-chip__cell--primary"],["matChipContent",""],[1,"mdc-evolution-chip__graphic","mat-mdc-chip-graphic"],[1,"mdc-evolution-chip__text-label","mat-mdc-chip-action-label"],[1,"mat-mdc-chip-primary-focus-indicator","mat-focus-indicator"],[1,"mdc-evolution-chip__cell","mdc-evolution-chip__cell--trailing"]],template:function(i,n){i&1&&(X(Ci),C(0,"span",0),s(1,"span",1)(2,"span",2),f(3,Ii,2,0,"span",3),s(4,"span",4),S(5),C(6,"span",5),r()()(),f(7,Di,2,0,"span",6)),i&2&&(o(3),_(n.leadingIcon?3:-1),o(4),_(n._hasTrailingIcon()?7:-1))},dependencies:[ai],styles:[`.mdc-evolution-chip,
.mdc-evolution-chip__cell,
.mdc-evolution-chip__action {
  display: inline-flex;
  align-items: center;
}

.mdc-evolution-chip {
  position: relative;
  max-width: 100%;
}

.mdc-evolution-chip__cell,
.mdc-evolution-chip__action {
  height: 100%;
}

.mdc-evolution-chip__cell--primary {
  flex-basis: 100%;
  overflow-x: hidden;
}

.mdc-evolution-chip__cell--trailing {
  flex: 1 0 auto;
}

.mdc-evolution-chip__action {
  align-items: center;
  background: none;
  border: none;
  box-sizing: content-box;
  cursor: pointer;
  display: inline-flex;
  justify-content: center;
  outline: none;
  padding: 0;
  text-decoration: none;
  color: inherit;
}

.mdc-evolution-chip__action--presentational {
  cursor: auto;
}

.mdc-evolution-chip--disabled,
.mdc-evolution-chip__action:disabled {
  pointer-events: none;
}
@media (forced-colors: active) {
  .mdc-evolution-chip--disabled,
  .mdc-evolution-chip__action:disabled {
    forced-color-adjust: none;
  }
}

.mdc-evolution-chip__action--primary {
  font: inherit;
  letter-spacing: inherit;
  white-space: inherit;
  overflow-x: hidden;
}
.mat-mdc-standard-chip .mdc-evolution-chip__action--primary::before {
  border-width: var(--mat-chip-outline-width, 1px);
  border-radius: var(--mat-chip-container-shape-radius, 8px);
  box-sizing: border-box;
  content: "";
  height: 100%;
  left: 0;
  position: absolute;
  pointer-events: none;
  top: 0;
  width: 100%;
  z-index: 1;
  border-style: solid;
}
.mat-mdc-standard-chip .mdc-evolution-chip__action--primary {
  padding-left: 12px;
  padding-right: 12px;
}
.mat-mdc-standard-chip.mdc-evolution-chip--with-primary-graphic .mdc-evolution-chip__action--primary {
  padding-left: 0;
  padding-right: 12px;
}
[dir=rtl] .mat-mdc-standard-chip.mdc-evolution-chip--with-primary-graphic .mdc-evolution-chip__action--primary {
  padding-left: 12px;
  padding-right: 0;
}
.mat-mdc-standard-chip:not(.mdc-evolution-chip--disabled) .mdc-evolution-chip__action--primary::before {
  border-color: var(--mat-chip-outline-color, var(--mat-sys-outline));
}
.mdc-evolution-chip__action--primary:not(.mdc-evolution-chip__action--presentational):not(.mdc-ripple-upgraded):focus::before {
  border-color: var(--mat-chip-focus-outline-color, var(--mat-sys-on-surface-variant));
}
.mat-mdc-standard-chip.mdc-evolution-chip--disabled .mdc-evolution-chip__action--primary::before {
  border-color: var(--mat-chip-disabled-outline-color, color-mix(in srgb, var(--mat-sys-on-surface) 12%, transparent));
}
.mat-mdc-standard-chip.mdc-evolution-chip--selected .mdc-evolution-chip__action--primary::before {
  border-width: var(--mat-chip-flat-selected-outline-width, 0);
}
.mat-mdc-basic-chip .mdc-evolution-chip__action--primary {
  font: inherit;
}
.mat-mdc-standard-chip.mdc-evolution-chip--with-leading-action .mdc-evolution-chip__action--primary {
  padding-left: 0;
  padding-right: 12px;
}
[dir=rtl] .mat-mdc-standard-chip.mdc-evolution-chip--with-leading-action .mdc-evolution-chip__action--primary {
  padding-left: 12px;
  padding-right: 0;
}
.mat-mdc-standard-chip.mdc-evolution-chip--with-trailing-action .mdc-evolution-chip__action--primary {
  padding-left: 12px;
  padding-right: 0;
}
[dir=rtl] .mat-mdc-standard-chip.mdc-evolution-chip--with-trailing-action .mdc-evolution-chip__action--primary {
  padding-left: 0;
  padding-right: 12px;
}
.mat-mdc-standard-chip.mdc-evolution-chip--with-leading-action.mdc-evolution-chip--with-trailing-action .mdc-evolution-chip__action--primary {
  padding-left: 0;
  padding-right: 0;
}
.mat-mdc-standard-chip.mdc-evolution-chip--with-primary-graphic.mdc-evolution-chip--with-trailing-action .mdc-evolution-chip__action--primary {
  padding-left: 0;
  padding-right: 0;
}
[dir=rtl] .mat-mdc-standard-chip.mdc-evolution-chip--with-primary-graphic.mdc-evolution-chip--with-trailing-action .mdc-evolution-chip__action--primary {
  padding-left: 0;
  padding-right: 0;
}
.mdc-evolution-chip--with-avatar.mdc-evolution-chip--with-primary-graphic .mdc-evolution-chip__action--primary {
  padding-left: 0;
  padding-right: 12px;
}
[dir=rtl] .mdc-evolution-chip--with-avatar.mdc-evolution-chip--with-primary-graphic .mdc-evolution-chip__action--primary {
  padding-left: 12px;
  padding-right: 0;
}
.mdc-evolution-chip--with-avatar.mdc-evolution-chip--with-primary-graphic.mdc-evolution-chip--with-trailing-action .mdc-evolution-chip__action--primary {
  padding-left: 0;
  padding-right: 0;
}
[dir=rtl] .mdc-evolution-chip--with-avatar.mdc-evolution-chip--with-primary-graphic.mdc-evolution-chip--with-trailing-action .mdc-evolution-chip__action--primary {
  padding-left: 0;
  padding-right: 0;
}

.mdc-evolution-chip__action--secondary {
  position: relative;
  overflow: visible;
}
.mat-mdc-standard-chip:not(.mdc-evolution-chip--disabled) .mdc-evolution-chip__action--secondary {
  color: var(--mat-chip-with-trailing-icon-trailing-icon-color, var(--mat-sys-on-surface-variant));
}
.mat-mdc-standard-chip.mdc-evolution-chip--disabled .mdc-evolution-chip__action--secondary {
  color: var(--mat-chip-with-trailing-icon-disabled-trailing-icon-color, var(--mat-sys-on-surface));
}
.mat-mdc-standard-chip.mdc-evolution-chip--with-trailing-action .mdc-evolution-chip__action--secondary {
  padding-left: 8px;
  padding-right: 8px;
}
.mat-mdc-standard-chip.mdc-evolution-chip--with-primary-graphic.mdc-evolution-chip--with-trailing-action .mdc-evolution-chip__action--secondary {
  padding-left: 8px;
  padding-right: 8px;
}
.mdc-evolution-chip--with-avatar.mdc-evolution-chip--with-primary-graphic.mdc-evolution-chip--with-trailing-action .mdc-evolution-chip__action--secondary {
  padding-left: 8px;
  padding-right: 8px;
}
[dir=rtl] .mdc-evolution-chip--with-avatar.mdc-evolution-chip--with-primary-graphic.mdc-evolution-chip--with-trailing-action .mdc-evolution-chip__action--secondary {
  padding-left: 8px;
  padding-right: 8px;
}

.mdc-evolution-chip__text-label {
  -webkit-user-select: none;
  user-select: none;
  white-space: nowrap;
  text-overflow: ellipsis;
  overflow: hidden;
}
.mat-mdc-standard-chip .mdc-evolution-chip__text-label {
  font-family: var(--mat-chip-label-text-font, var(--mat-sys-label-large-font));
  line-height: var(--mat-chip-label-text-line-height, var(--mat-sys-label-large-line-height));
  font-size: var(--mat-chip-label-text-size, var(--mat-sys-label-large-size));
  font-weight: var(--mat-chip-label-text-weight, var(--mat-sys-label-large-weight));
  letter-spacing: var(--mat-chip-label-text-tracking, var(--mat-sys-label-large-tracking));
}
.mat-mdc-standard-chip:not(.mdc-evolution-chip--disabled) .mdc-evolution-chip__text-label {
  color: var(--mat-chip-label-text-color, var(--mat-sys-on-surface-variant));
}
.mat-mdc-standard-chip.mdc-evolution-chip--selected:not(.mdc-evolution-chip--disabled) .mdc-evolution-chip__text-label {
  color: var(--mat-chip-selected-label-text-color, var(--mat-sys-on-secondary-container));
}
.mat-mdc-standard-chip.mdc-evolution-chip--disabled .mdc-evolution-chip__text-label, .mat-mdc-standard-chip.mdc-evolution-chip--selected.mdc-evolution-chip--disabled .mdc-evolution-chip__text-label {
  color: var(--mat-chip-disabled-label-text-color, color-mix(in srgb, var(--mat-sys-on-surface) 38%, transparent));
}

.mdc-evolution-chip__graphic {
  align-items: center;
  display: inline-flex;
  justify-content: center;
  overflow: hidden;
  pointer-events: none;
  position: relative;
  flex: 1 0 auto;
}
.mat-mdc-standard-chip .mdc-evolution-chip__graphic {
  width: var(--mat-chip-with-avatar-avatar-size, 24px);
  height: var(--mat-chip-with-avatar-avatar-size, 24px);
  font-size: var(--mat-chip-with-avatar-avatar-size, 24px);
}
.mdc-evolution-chip--selecting .mdc-evolution-chip__graphic {
  transition: width 150ms 0ms cubic-bezier(0.4, 0, 0.2, 1);
}
.mdc-evolution-chip--selectable:not(.mdc-evolution-chip--selected):not(.mdc-evolution-chip--with-primary-icon) .mdc-evolution-chip__graphic {
  width: 0;
}
.mat-mdc-standard-chip.mdc-evolution-chip--with-primary-graphic .mdc-evolution-chip__graphic {
  padding-left: 6px;
  padding-right: 6px;
}
.mdc-evolution-chip--with-avatar.mdc-evolution-chip--with-primary-graphic .mdc-evolution-chip__graphic {
  padding-left: 4px;
  padding-right: 8px;
}
[dir=rtl] .mdc-evolution-chip--with-avatar.mdc-evolution-chip--with-primary-graphic .mdc-evolution-chip__graphic {
  padding-left: 8px;
  padding-right: 4px;
}
.mat-mdc-standard-chip.mdc-evolution-chip--with-primary-graphic.mdc-evolution-chip--with-trailing-action .mdc-evolution-chip__graphic {
  padding-left: 6px;
  padding-right: 6px;
}
.mdc-evolution-chip--with-avatar.mdc-evolution-chip--with-primary-graphic.mdc-evolution-chip--with-trailing-action .mdc-evolution-chip__graphic {
  padding-left: 4px;
  padding-right: 8px;
}
[dir=rtl] .mdc-evolution-chip--with-avatar.mdc-evolution-chip--with-primary-graphic.mdc-evolution-chip--with-trailing-action .mdc-evolution-chip__graphic {
  padding-left: 8px;
  padding-right: 4px;
}
.mdc-evolution-chip--with-avatar.mdc-evolution-chip--with-primary-graphic.mdc-evolution-chip--with-leading-action .mdc-evolution-chip__graphic {
  padding-left: 0;
}

.mdc-evolution-chip__checkmark {
  position: absolute;
  opacity: 0;
  top: 50%;
  left: 50%;
  height: 20px;
  width: 20px;
}
.mat-mdc-standard-chip:not(.mdc-evolution-chip--disabled) .mdc-evolution-chip__checkmark {
  color: var(--mat-chip-with-icon-selected-icon-color, var(--mat-sys-on-secondary-container));
}
.mat-mdc-standard-chip.mdc-evolution-chip--disabled .mdc-evolution-chip__checkmark {
  color: var(--mat-chip-with-icon-disabled-icon-color, var(--mat-sys-on-surface));
}
.mdc-evolution-chip--selecting .mdc-evolution-chip__checkmark {
  transition: transform 150ms 0ms cubic-bezier(0.4, 0, 0.2, 1);
  transform: translate(-75%, -50%);
}
.mdc-evolution-chip--selected .mdc-evolution-chip__checkmark {
  transform: translate(-50%, -50%);
  opacity: 1;
}

.mdc-evolution-chip__checkmark-svg {
  display: block;
}

.mdc-evolution-chip__checkmark-path {
  stroke-width: 2px;
  stroke-dasharray: 29.7833385;
  stroke-dashoffset: 29.7833385;
  stroke: currentColor;
}
.mdc-evolution-chip--selecting .mdc-evolution-chip__checkmark-path {
  transition: stroke-dashoffset 150ms 45ms cubic-bezier(0.4, 0, 0.2, 1);
}
.mdc-evolution-chip--selected .mdc-evolution-chip__checkmark-path {
  stroke-dashoffset: 0;
}
@media (forced-colors: active) {
  .mdc-evolution-chip__checkmark-path {
    stroke: CanvasText !important;
  }
}

.mat-mdc-standard-chip .mdc-evolution-chip__icon--trailing {
  height: 18px;
  width: 18px;
  font-size: 18px;
}
.mdc-evolution-chip--disabled .mdc-evolution-chip__icon--trailing.mat-mdc-chip-remove {
  opacity: calc(var(--mat-chip-trailing-action-opacity, 1) * var(--mat-chip-with-trailing-icon-disabled-trailing-icon-opacity, 0.38));
}
.mdc-evolution-chip--disabled .mdc-evolution-chip__icon--trailing.mat-mdc-chip-remove:focus {
  opacity: calc(var(--mat-chip-trailing-action-focus-opacity, 1) * var(--mat-chip-with-trailing-icon-disabled-trailing-icon-opacity, 0.38));
}

.mat-mdc-standard-chip {
  border-radius: var(--mat-chip-container-shape-radius, 8px);
  height: var(--mat-chip-container-height, 32px);
}
.mat-mdc-standard-chip:not(.mdc-evolution-chip--disabled) {
  background-color: var(--mat-chip-elevated-container-color, transparent);
}
.mat-mdc-standard-chip.mdc-evolution-chip--disabled {
  background-color: var(--mat-chip-elevated-disabled-container-color);
}
.mat-mdc-standard-chip.mdc-evolution-chip--selected:not(.mdc-evolution-chip--disabled) {
  background-color: var(--mat-chip-elevated-selected-container-color, var(--mat-sys-secondary-container));
}
.mat-mdc-standard-chip.mdc-evolution-chip--selected.mdc-evolution-chip--disabled {
  background-color: var(--mat-chip-flat-disabled-selected-container-color, color-mix(in srgb, var(--mat-sys-on-surface) 12%, transparent));
}
@media (forced-colors: active) {
  .mat-mdc-standard-chip {
    outline: solid 1px;
  }
}

.mat-mdc-standard-chip .mdc-evolution-chip__icon--primary {
  border-radius: var(--mat-chip-with-avatar-avatar-shape-radius, 24px);
  width: var(--mat-chip-with-icon-icon-size, 18px);
  height: var(--mat-chip-with-icon-icon-size, 18px);
  font-size: var(--mat-chip-with-icon-icon-size, 18px);
}
.mdc-evolution-chip--selected .mdc-evolution-chip__icon--primary {
  opacity: 0;
}
.mat-mdc-standard-chip:not(.mdc-evolution-chip--disabled) .mdc-evolution-chip__icon--primary {
  color: var(--mat-chip-with-icon-icon-color, var(--mat-sys-on-surface-variant));
}
.mat-mdc-standard-chip.mdc-evolution-chip--disabled .mdc-evolution-chip__icon--primary {
  color: var(--mat-chip-with-icon-disabled-icon-color, var(--mat-sys-on-surface));
}

.mat-mdc-chip-highlighted {
  --mat-chip-with-icon-icon-color: var(--mat-chip-with-icon-selected-icon-color, var(--mat-sys-on-secondary-container));
  --mat-chip-elevated-container-color: var(--mat-chip-elevated-selected-container-color, var(--mat-sys-secondary-container));
  --mat-chip-label-text-color: var(--mat-chip-selected-label-text-color, var(--mat-sys-on-secondary-container));
  --mat-chip-outline-width: var(--mat-chip-flat-selected-outline-width, 0);
}

.mat-mdc-chip-focus-overlay {
  background: var(--mat-chip-focus-state-layer-color, var(--mat-sys-on-surface-variant));
}
.mat-mdc-chip-selected .mat-mdc-chip-focus-overlay, .mat-mdc-chip-highlighted .mat-mdc-chip-focus-overlay {
  background: var(--mat-chip-selected-focus-state-layer-color, var(--mat-sys-on-secondary-container));
}
.mat-mdc-chip:hover .mat-mdc-chip-focus-overlay {
  background: var(--mat-chip-hover-state-layer-color, var(--mat-sys-on-surface-variant));
  opacity: var(--mat-chip-hover-state-layer-opacity, var(--mat-sys-hover-state-layer-opacity));
}
.mat-mdc-chip-focus-overlay .mat-mdc-chip-selected:hover, .mat-mdc-chip-highlighted:hover .mat-mdc-chip-focus-overlay {
  background: var(--mat-chip-selected-hover-state-layer-color, var(--mat-sys-on-secondary-container));
  opacity: var(--mat-chip-selected-hover-state-layer-opacity, var(--mat-sys-hover-state-layer-opacity));
}
.mat-mdc-chip.cdk-focused .mat-mdc-chip-focus-overlay {
  background: var(--mat-chip-focus-state-layer-color, var(--mat-sys-on-surface-variant));
  opacity: var(--mat-chip-focus-state-layer-opacity, var(--mat-sys-focus-state-layer-opacity));
}
.mat-mdc-chip-selected.cdk-focused .mat-mdc-chip-focus-overlay, .mat-mdc-chip-highlighted.cdk-focused .mat-mdc-chip-focus-overlay {
  background: var(--mat-chip-selected-focus-state-layer-color, var(--mat-sys-on-secondary-container));
  opacity: var(--mat-chip-selected-focus-state-layer-opacity, var(--mat-sys-focus-state-layer-opacity));
}

.mdc-evolution-chip--disabled:not(.mdc-evolution-chip--selected) .mat-mdc-chip-avatar {
  opacity: var(--mat-chip-with-avatar-disabled-avatar-opacity, 0.38);
}

.mdc-evolution-chip--disabled .mdc-evolution-chip__icon--trailing {
  opacity: var(--mat-chip-with-trailing-icon-disabled-trailing-icon-opacity, 0.38);
}

.mdc-evolution-chip--disabled.mdc-evolution-chip--selected .mdc-evolution-chip__checkmark {
  opacity: var(--mat-chip-with-icon-disabled-icon-opacity, 0.38);
}

.mat-mdc-standard-chip.mdc-evolution-chip--disabled {
  opacity: var(--mat-chip-disabled-container-opacity, 1);
}
.mat-mdc-standard-chip.mdc-evolution-chip--selected .mdc-evolution-chip__icon--trailing, .mat-mdc-standard-chip.mat-mdc-chip-highlighted .mdc-evolution-chip__icon--trailing {
  color: var(--mat-chip-selected-trailing-icon-color, var(--mat-sys-on-secondary-container));
}
.mat-mdc-standard-chip.mdc-evolution-chip--selected.mdc-evolution-chip--disabled .mdc-evolution-chip__icon--trailing, .mat-mdc-standard-chip.mat-mdc-chip-highlighted.mdc-evolution-chip--disabled .mdc-evolution-chip__icon--trailing {
  color: var(--mat-chip-selected-disabled-trailing-icon-color, var(--mat-sys-on-surface));
}

.mat-mdc-chip-edit, .mat-mdc-chip-remove {
  opacity: var(--mat-chip-trailing-action-opacity, 1);
}
.mat-mdc-chip-edit:focus, .mat-mdc-chip-remove:focus {
  opacity: var(--mat-chip-trailing-action-focus-opacity, 1);
}
.mat-mdc-chip-edit::after, .mat-mdc-chip-remove::after {
  background-color: var(--mat-chip-trailing-action-state-layer-color, var(--mat-sys-on-surface-variant));
}
.mat-mdc-chip-edit:hover::after, .mat-mdc-chip-remove:hover::after {
  opacity: calc(var(--mat-chip-hover-state-layer-opacity, var(--mat-sys-hover-state-layer-opacity)) + var(--mat-chip-trailing-action-hover-state-layer-opacity, var(--mat-sys-hover-state-layer-opacity)));
}
.mat-mdc-chip-edit:focus::after, .mat-mdc-chip-remove:focus::after {
  opacity: calc(var(--mat-chip-hover-state-layer-opacity, var(--mat-sys-hover-state-layer-opacity)) + var(--mat-chip-trailing-action-focus-state-layer-opacity, var(--mat-sys-focus-state-layer-opacity)));
}

.mat-mdc-chip-selected .mat-mdc-chip-remove::after,
.mat-mdc-chip-highlighted .mat-mdc-chip-remove::after {
  background-color: var(--mat-chip-selected-trailing-action-state-layer-color, var(--mat-sys-on-secondary-container));
}

.mat-mdc-chip.cdk-focused .mat-mdc-chip-edit:focus::after, .mat-mdc-chip.cdk-focused .mat-mdc-chip-remove:focus::after {
  opacity: calc(var(--mat-chip-selected-focus-state-layer-opacity, var(--mat-sys-focus-state-layer-opacity)) + var(--mat-chip-trailing-action-focus-state-layer-opacity, var(--mat-sys-focus-state-layer-opacity)));
}
.mat-mdc-chip.cdk-focused .mat-mdc-chip-edit:hover::after, .mat-mdc-chip.cdk-focused .mat-mdc-chip-remove:hover::after {
  opacity: calc(var(--mat-chip-selected-focus-state-layer-opacity, var(--mat-sys-focus-state-layer-opacity)) + var(--mat-chip-trailing-action-hover-state-layer-opacity, var(--mat-sys-hover-state-layer-opacity)));
}

.mat-mdc-standard-chip {
  -webkit-tap-highlight-color: transparent;
}
.mat-mdc-standard-chip .mat-mdc-chip-graphic,
.mat-mdc-standard-chip .mat-mdc-chip-trailing-icon {
  box-sizing: content-box;
}
.mat-mdc-standard-chip._mat-animation-noopable,
.mat-mdc-standard-chip._mat-animation-noopable .mdc-evolution-chip__graphic,
.mat-mdc-standard-chip._mat-animation-noopable .mdc-evolution-chip__checkmark,
.mat-mdc-standard-chip._mat-animation-noopable .mdc-evolution-chip__checkmark-path {
  transition-duration: 1ms;
  animation-duration: 1ms;
}

.mat-mdc-chip-focus-overlay {
  top: 0;
  left: 0;
  right: 0;
  bottom: 0;
  position: absolute;
  pointer-events: none;
  opacity: 0;
  border-radius: inherit;
  transition: opacity 150ms linear;
}
._mat-animation-noopable .mat-mdc-chip-focus-overlay {
  transition: none;
}
.mat-mdc-basic-chip .mat-mdc-chip-focus-overlay {
  display: none;
}

.mat-mdc-chip .mat-ripple.mat-mdc-chip-ripple {
  top: 0;
  left: 0;
  right: 0;
  bottom: 0;
  position: absolute;
  pointer-events: none;
  border-radius: inherit;
}

.mat-mdc-chip-avatar {
  text-align: center;
  line-height: 1;
  color: var(--mat-chip-with-icon-icon-color, currentColor);
}

.mat-mdc-chip {
  position: relative;
  z-index: 0;
}

.mat-mdc-chip-action-label {
  text-align: left;
  z-index: 1;
}
[dir=rtl] .mat-mdc-chip-action-label {
  text-align: right;
}
.mat-mdc-chip.mdc-evolution-chip--with-trailing-action .mat-mdc-chip-action-label {
  position: relative;
}
.mat-mdc-chip-action-label .mat-mdc-chip-primary-focus-indicator {
  position: absolute;
  top: 0;
  right: 0;
  bottom: 0;
  left: 0;
  pointer-events: none;
}
.mat-mdc-chip-action-label .mat-focus-indicator::before {
  margin: calc(calc(var(--mat-focus-indicator-border-width, 3px) + 2px) * -1);
}

.mat-mdc-chip-edit::before, .mat-mdc-chip-remove::before {
  margin: calc(var(--mat-focus-indicator-border-width, 3px) * -1);
  left: 8px;
  right: 8px;
}
.mat-mdc-chip-edit::after, .mat-mdc-chip-remove::after {
  content: "";
  display: block;
  opacity: 0;
  position: absolute;
  top: -3px;
  bottom: -3px;
  left: 5px;
  right: 5px;
  border-radius: 50%;
  box-sizing: border-box;
  padding: 12px;
  margin: -12px;
  background-clip: content-box;
}
.mat-mdc-chip-edit .mat-icon, .mat-mdc-chip-remove .mat-icon {
  width: 18px;
  height: 18px;
  font-size: 18px;
  box-sizing: content-box;
}

.mat-chip-edit-input {
  cursor: text;
  display: inline-block;
  color: inherit;
  outline: 0;
}

@media (forced-colors: active) {
  .mat-mdc-chip-selected:not(.mat-mdc-chip-multiple) {
    outline-width: 3px;
  }
}

.mat-mdc-chip-action:focus-visible .mat-focus-indicator::before {
  content: "";
}

.mdc-evolution-chip__icon, .mat-mdc-chip-edit .mat-icon, .mat-mdc-chip-remove .mat-icon {
  min-height: fit-content;
}

img.mdc-evolution-chip__icon {
  min-height: 0;
}
`],encapsulation:2,changeDetection:0})}return t})();var oi=(()=>{class t{_elementRef=c(q);_changeDetectorRef=c(U);_dir=c(Ot,{optional:!0});_lastDestroyedFocusedChipIndex=null;_keyManager;_destroyed=new O;_defaultRole="presentation";get chipFocusChanges(){return this._getChipStream(e=>e._onFocus)}get chipDestroyedChanges(){return this._getChipStream(e=>e.destroyed)}get chipRemovedChanges(){return this._getChipStream(e=>e.removed)}get disabled(){return this._disabled}set disabled(e){this._disabled=e,this._syncChipsState()}_disabled=!1;get empty(){return!this._chips||this._chips.length===0}get role(){return this._explicitRole?this._explicitRole:this.empty?null:this._defaultRole}tabIndex=0;set role(e){this._explicitRole=e}_explicitRole=null;get focused(){return this._hasFocusedChip()}_chips;_chipActions=new Pe;constructor(){}ngAfterViewInit(){this._setUpFocusManagement(),this._trackChipSetChanges(),this._trackDestroyedFocusedChip()}ngOnDestroy(){this._keyManager?.destroy(),this._chipActions.destroy(),this._destroyed.next(),this._destroyed.complete()}_hasFocusedChip(){return this._chips&&this._chips.some(e=>e._hasFocus())}_syncChipsState(){this._chips?.forEach(e=>{e._chipListDisabled=this._disabled,e._changeDetectorRef.markForCheck()})}focus(){}_handleKeydown(e){this._originatesFromChip(e)&&this._keyManager.onKeydown(e)}_isValidIndex(e){return e>=0&&e<this._chips.length}_allowFocusEscape(){let e=this._elementRef.nativeElement.tabIndex;e!==-1&&(this._elementRef.nativeElement.tabIndex=-1,setTimeout(()=>this._elementRef.nativeElement.tabIndex=e))}_getChipStream(e){return this._chips.changes.pipe(j(null),_t(()=>ye(...this._chips.map(e))))}_originatesFromChip(e){let i=e.target;for(;i&&i!==this._elementRef.nativeElement;){if(i.classList.contains("mat-mdc-chip"))return!0;i=i.parentElement}return!1}_setUpFocusManagement(){this._chips.changes.pipe(j(this._chips)).subscribe(e=>{let i=[];e.forEach(n=>n._getActions().forEach(d=>i.push(d))),this._chipActions.reset(i),this._chipActions.notifyOnChanges()}),this._keyManager=new Ne(this._chipActions).withVerticalOrientation().withHorizontalOrientation(this._dir?this._dir.value:"ltr").withHomeAndEnd().skipPredicate(e=>this._skipPredicate(e)),this.chipFocusChanges.pipe(be(this._destroyed)).subscribe(({chip:e})=>{let i=e._getSourceAction(document.activeElement);i&&this._keyManager.updateActiveItem(i)}),this._dir?.change.pipe(be(this._destroyed)).subscribe(e=>this._keyManager.withHorizontalOrientation(e))}_skipPredicate(e){return e.disabled}_trackChipSetChanges(){this._chips.changes.pipe(j(null),be(this._destroyed)).subscribe(()=>{this.disabled&&Promise.resolve().then(()=>this._syncChipsState()),this._redirectDestroyedChipFocus()})}_trackDestroyedFocusedChip(){this.chipDestroyedChanges.pipe(be(this._destroyed)).subscribe(e=>{let n=this._chips.toArray().indexOf(e.chip),d=e.chip._hasFocus(),p=e.chip._hadFocusOnRemove&&this._keyManager.activeItem&&e.chip._getActions().includes(this._keyManager.activeItem),xi=d||p;this._isValidIndex(n)&&xi&&(this._lastDestroyedFocusedChipIndex=n)})}_redirectDestroyedChipFocus(){if(this._lastDestroyedFocusedChipIndex!=null){if(this._chips.length){let e=Math.min(this._lastDestroyedFocusedChipIndex,this._chips.length-1),i=this._chips.toArray()[e];i.disabled?this._chips.length===1?this.focus():this._keyManager.setPreviousItemActive():i.focus()}else this.focus();this._lastDestroyedFocusedChipIndex=null}}static \u0275fac=function(i){return new(i||t)};static \u0275cmp=w({type:t,selectors:[["mat-chip-set"]],contentQueries:function(i,n,d){if(i&1&&Y(d,st,5),i&2){let p;y(p=b())&&(n._chips=p)}},hostAttrs:[1,"mat-mdc-chip-set","mdc-evolution-chip-set"],hostVars:1,hostBindings:function(i,n){i&1&&v("keydown",function(p){return n._handleKeydown(p)}),i&2&&M("role",n.role)},inputs:{disabled:[2,"disabled","disabled",I],role:"role",tabIndex:[2,"tabIndex","tabIndex",e=>e==null?0:Ie(e)]},ngContentSelectors:Mi,decls:2,vars:0,consts:[["role","presentation",1,"mdc-evolution-chip-set__chips"]],template:function(i,n){i&1&&(X(),Z(0,"div",0),S(1),we())},styles:[`.mat-mdc-chip-set {
  display: flex;
}
.mat-mdc-chip-set:focus {
  outline: none;
}
.mat-mdc-chip-set .mdc-evolution-chip-set__chips {
  min-width: 100%;
  margin-left: -8px;
  margin-right: 0;
}
.mat-mdc-chip-set .mdc-evolution-chip {
  margin: 4px 0 4px 8px;
}
[dir=rtl] .mat-mdc-chip-set .mdc-evolution-chip-set__chips {
  margin-left: 0;
  margin-right: -8px;
}
[dir=rtl] .mat-mdc-chip-set .mdc-evolution-chip {
  margin-left: 0;
  margin-right: 8px;
}

.mdc-evolution-chip-set__chips {
  display: flex;
  flex-flow: wrap;
  min-width: 0;
}

.mat-mdc-chip-set-stacked {
  flex-direction: column;
  align-items: flex-start;
}
.mat-mdc-chip-set-stacked .mat-mdc-chip {
  width: 100%;
}
.mat-mdc-chip-set-stacked .mdc-evolution-chip__graphic {
  flex-grow: 0;
}
.mat-mdc-chip-set-stacked .mdc-evolution-chip__action--primary {
  flex-basis: 100%;
  justify-content: start;
}

input.mat-mdc-chip-input {
  flex: 1 0 150px;
  margin-left: 8px;
}
[dir=rtl] input.mat-mdc-chip-input {
  margin-left: 0;
  margin-right: 8px;
}
.mat-mdc-form-field:not(.mat-form-field-hide-placeholder) input.mat-mdc-chip-input::placeholder {
  opacity: 1;
}
.mat-mdc-form-field:not(.mat-form-field-hide-placeholder) input.mat-mdc-chip-input::-moz-placeholder {
  opacity: 1;
}
.mat-mdc-form-field:not(.mat-form-field-hide-placeholder) input.mat-mdc-chip-input::-webkit-input-placeholder {
  opacity: 1;
}
.mat-mdc-form-field:not(.mat-form-field-hide-placeholder) input.mat-mdc-chip-input:-ms-input-placeholder {
  opacity: 1;
}
.mat-mdc-chip-set + input.mat-mdc-chip-input {
  margin-left: 0;
  margin-right: 0;
}
`],encapsulation:2,changeDetection:0})}return t})();var ri=(()=>{class t{static \u0275fac=function(i){return new(i||t)};static \u0275mod=$({type:t});static \u0275inj=K({providers:[Tt,{provide:ki,useValue:{separatorKeyCodes:[13]}}],imports:[Bt,ze]})}return t})();var dt=new D("CdkAccordion"),ci=(()=>{class t{_stateChanges=new O;_openCloseAllActions=new O;id=c(G).getId("cdk-accordion-");multi=!1;openAll(){this.multi&&this._openCloseAllActions.next(!0)}closeAll(){this._openCloseAllActions.next(!1)}ngOnChanges(e){this._stateChanges.next(e)}ngOnDestroy(){this._stateChanges.complete(),this._openCloseAllActions.complete()}static \u0275fac=function(i){return new(i||t)};static \u0275dir=F({type:t,selectors:[["cdk-accordion"],["","cdkAccordion",""]],inputs:{multi:[2,"multi","multi",I]},exportAs:["cdkAccordion"],features:[L([{provide:dt,useExisting:t}]),xe]})}return t})(),si=(()=>{class t{accordion=c(dt,{optional:!0,skipSelf:!0});_changeDetectorRef=c(U);_expansionDispatcher=c(Ze);_openCloseAllSubscription=ke.EMPTY;closed=new T;opened=new T;destroyed=new T;expandedChange=new T;id=c(G).getId("cdk-accordion-child-");get expanded(){return this._expanded}set expanded(e){if(this._expanded!==e){if(this._expanded=e,this.expandedChange.emit(e),e){this.opened.emit();let i=this.accordion?this.accordion.id:this.id;this._expansionDispatcher.notify(this.id,i)}else this.closed.emit();this._changeDetectorRef.markForCheck()}}_expanded=!1;get disabled(){return this._disabled()}set disabled(e){this._disabled.set(e)}_disabled=x(!1);_removeUniqueSelectionListener=()=>{};constructor(){}ngOnInit(){this._removeUniqueSelectionListener=this._expansionDispatcher.listen((e,i)=>{this.accordion&&!this.accordion.multi&&this.accordion.id===i&&this.id!==e&&(this.expanded=!1)}),this.accordion&&(this._openCloseAllSubscription=this._subscribeToOpenCloseAllActions())}ngOnDestroy(){this.opened.complete(),this.closed.complete(),this.destroyed.emit(),this.destroyed.complete(),this._removeUniqueSelectionListener(),this._openCloseAllSubscription.unsubscribe()}toggle(){this.disabled||(this.expanded=!this.expanded)}close(){this.disabled||(this.expanded=!1)}open(){this.disabled||(this.expanded=!0)}_subscribeToOpenCloseAllActions(){return this.accordion._openCloseAllActions.subscribe(e=>{this.disabled||(this.expanded=e)})}static \u0275fac=function(i){return new(i||t)};static \u0275dir=F({type:t,selectors:[["cdk-accordion-item"],["","cdkAccordionItem",""]],inputs:{expanded:[2,"expanded","expanded",I],disabled:[2,"disabled","disabled",I]},outputs:{closed:"closed",opened:"opened",destroyed:"destroyed",expandedChange:"expandedChange"},exportAs:["cdkAccordionItem"],features:[L([{provide:dt,useValue:void 0}])]})}return t})(),di=(()=>{class t{static \u0275fac=function(i){return new(i||t)};static \u0275mod=$({type:t});static \u0275inj=K({})}return t})();var Ai=["body"],Ti=["bodyWrapper"],Fi=[[["mat-expansion-panel-header"]],"*",[["mat-action-row"]]],Pi=["mat-expansion-panel-header","*","mat-action-row"];function Ri(t,a){}var Oi=[[["mat-panel-title"]],[["mat-panel-description"]],"*"],Bi=["mat-panel-title","mat-panel-description","*"];function Hi(t,a){t&1&&(Z(0,"span",1),at(),Z(1,"svg",2),wt(2,"path",3),we()())}var lt=new D("MAT_ACCORDION"),li=new D("MAT_EXPANSION_PANEL"),Li=(()=>{class t{_template=c(yt);_expansionPanel=c(li,{optional:!0});constructor(){}static \u0275fac=function(i){return new(i||t)};static \u0275dir=F({type:t,selectors:[["ng-template","matExpansionPanelContent",""]]})}return t})(),pi=new D("MAT_EXPANSION_PANEL_DEFAULT_OPTIONS"),pt=(()=>{class t extends si{_viewContainerRef=c(bt);_animationsDisabled=He();_document=c(Ae);_ngZone=c(Te);_elementRef=c(q);_renderer=c(ot);_cleanupTransitionEnd;get hideToggle(){return this._hideToggle||this.accordion&&this.accordion.hideToggle}set hideToggle(e){this._hideToggle=e}_hideToggle=!1;get togglePosition(){return this._togglePosition||this.accordion&&this.accordion.togglePosition}set togglePosition(e){this._togglePosition=e}_togglePosition;afterExpand=new T;afterCollapse=new T;_inputChanges=new O;accordion=c(lt,{optional:!0,skipSelf:!0});_lazyContent;_body;_bodyWrapper;_portal;_headerId=c(G).getId("mat-expansion-panel-header-");constructor(){super();let e=c(pi,{optional:!0});this._expansionDispatcher=c(Ze),e&&(this.hideToggle=e.hideToggle)}_hasSpacing(){return this.accordion?this.expanded&&this.accordion.displayMode==="default":!1}_getExpandedState(){return this.expanded?"expanded":"collapsed"}toggle(){this.expanded=!this.expanded}close(){this.expanded=!1}open(){this.expanded=!0}ngAfterContentInit(){this._lazyContent&&this._lazyContent._expansionPanel===this&&this.opened.pipe(j(null),A(()=>this.expanded&&!this._portal),ft(1)).subscribe(()=>{this._portal=new Gt(this._lazyContent._template,this._viewContainerRef)}),this._setupAnimationEvents()}ngOnChanges(e){this._inputChanges.next(e)}ngOnDestroy(){super.ngOnDestroy(),this._cleanupTransitionEnd?.(),this._inputChanges.complete()}_containsFocus(){if(this._body){let e=this._document.activeElement,i=this._body.nativeElement;return e===i||i.contains(e)}return!1}_transitionEndListener=({target:e,propertyName:i})=>{e===this._bodyWrapper?.nativeElement&&i==="grid-template-rows"&&this._ngZone.run(()=>{this.expanded?this.afterExpand.emit():this.afterCollapse.emit()})};_setupAnimationEvents(){this._ngZone.runOutsideAngular(()=>{this._animationsDisabled?(this.opened.subscribe(()=>this._ngZone.run(()=>this.afterExpand.emit())),this.closed.subscribe(()=>this._ngZone.run(()=>this.afterCollapse.emit()))):setTimeout(()=>{let e=this._elementRef.nativeElement;this._cleanupTransitionEnd=this._renderer.listen(e,"transitionend",this._transitionEndListener),e.classList.add("mat-expansion-panel-animations-enabled")},200)})}static \u0275fac=function(i){return new(i||t)};static \u0275cmp=w({type:t,selectors:[["mat-expansion-panel"]],contentQueries:function(i,n,d){if(i&1&&Y(d,Li,5),i&2){let p;y(p=b())&&(n._lazyContent=p.first)}},viewQuery:function(i,n){if(i&1&&Oe(Ai,5)(Ti,5),i&2){let d;y(d=b())&&(n._body=d.first),y(d=b())&&(n._bodyWrapper=d.first)}},hostAttrs:[1,"mat-expansion-panel"],hostVars:4,hostBindings:function(i,n){i&2&&B("mat-expanded",n.expanded)("mat-expansion-panel-spacing",n._hasSpacing())},inputs:{hideToggle:[2,"hideToggle","hideToggle",I],togglePosition:"togglePosition"},outputs:{afterExpand:"afterExpand",afterCollapse:"afterCollapse"},exportAs:["matExpansionPanel"],features:[L([{provide:lt,useValue:void 0},{provide:li,useExisting:t}]),Ce,xe],ngContentSelectors:Pi,decls:9,vars:4,consts:[["bodyWrapper",""],["body",""],[1,"mat-expansion-panel-content-wrapper"],["role","region",1,"mat-expansion-panel-content",3,"id"],[1,"mat-expansion-panel-body"],[3,"cdkPortalOutlet"]],template:function(i,n){i&1&&(X(Fi),S(0),s(1,"div",2,0)(3,"div",3,1)(5,"div",4),S(6,1),xt(7,Ri,0,0,"ng-template",5),r(),S(8,2),r()()),i&2&&(o(),M("inert",n.expanded?null:""),o(2),g("id",n.id),M("aria-labelledby",n._headerId),o(4),g("cdkPortalOutlet",n._portal))},dependencies:[Qt],styles:[`.mat-expansion-panel {
  box-sizing: content-box;
  display: block;
  margin: 0;
  overflow: hidden;
}
.mat-expansion-panel.mat-expansion-panel-animations-enabled {
  transition: margin 225ms cubic-bezier(0.4, 0, 0.2, 1), box-shadow 280ms cubic-bezier(0.4, 0, 0.2, 1);
}
.mat-expansion-panel {
  position: relative;
  background: var(--mat-expansion-container-background-color, var(--mat-sys-surface));
  color: var(--mat-expansion-container-text-color, var(--mat-sys-on-surface));
  border-radius: var(--mat-expansion-container-shape, 12px);
}
.mat-expansion-panel:not([class*=mat-elevation-z]) {
  box-shadow: var(--mat-expansion-container-elevation-shadow, 0px 3px 1px -2px rgba(0, 0, 0, 0.2), 0px 2px 2px 0px rgba(0, 0, 0, 0.14), 0px 1px 5px 0px rgba(0, 0, 0, 0.12));
}
.mat-accordion .mat-expansion-panel:not(.mat-expanded), .mat-accordion .mat-expansion-panel:not(.mat-expansion-panel-spacing) {
  border-radius: 0;
}
.mat-accordion .mat-expansion-panel:first-of-type {
  border-top-right-radius: var(--mat-expansion-container-shape, 12px);
  border-top-left-radius: var(--mat-expansion-container-shape, 12px);
}
.mat-accordion .mat-expansion-panel:last-of-type {
  border-bottom-right-radius: var(--mat-expansion-container-shape, 12px);
  border-bottom-left-radius: var(--mat-expansion-container-shape, 12px);
}
@media (forced-colors: active) {
  .mat-expansion-panel {
    outline: solid 1px;
  }
}

.mat-expansion-panel-content-wrapper {
  display: grid;
  grid-template-rows: 0fr;
  grid-template-columns: 100%;
}
.mat-expansion-panel-animations-enabled .mat-expansion-panel-content-wrapper {
  transition: grid-template-rows 225ms cubic-bezier(0.4, 0, 0.2, 1);
}
.mat-expansion-panel.mat-expanded > .mat-expansion-panel-content-wrapper {
  grid-template-rows: 1fr;
}
@supports not (grid-template-rows: 0fr) {
  .mat-expansion-panel-content-wrapper {
    height: 0;
  }
  .mat-expansion-panel.mat-expanded > .mat-expansion-panel-content-wrapper {
    height: auto;
  }
}
@media print {
  .mat-expansion-panel-content-wrapper {
    height: 0;
  }
  .mat-expansion-panel.mat-expanded > .mat-expansion-panel-content-wrapper {
    height: auto;
  }
}

.mat-expansion-panel-content {
  display: flex;
  flex-direction: column;
  overflow: visible;
  min-height: 0;
  visibility: hidden;
}
.mat-expansion-panel-animations-enabled .mat-expansion-panel-content {
  transition: visibility 190ms linear;
}
.mat-expansion-panel.mat-expanded > .mat-expansion-panel-content-wrapper > .mat-expansion-panel-content {
  visibility: visible;
}
.mat-expansion-panel-content {
  font-family: var(--mat-expansion-container-text-font, var(--mat-sys-body-large-font));
  font-size: var(--mat-expansion-container-text-size, var(--mat-sys-body-large-size));
  font-weight: var(--mat-expansion-container-text-weight, var(--mat-sys-body-large-weight));
  line-height: var(--mat-expansion-container-text-line-height, var(--mat-sys-body-large-line-height));
  letter-spacing: var(--mat-expansion-container-text-tracking, var(--mat-sys-body-large-tracking));
}

.mat-expansion-panel-body {
  padding: 0 24px 16px;
}

.mat-expansion-panel-spacing {
  margin: 16px 0;
}
.mat-accordion > .mat-expansion-panel-spacing:first-child, .mat-accordion > *:first-child:not(.mat-expansion-panel) .mat-expansion-panel-spacing {
  margin-top: 0;
}
.mat-accordion > .mat-expansion-panel-spacing:last-child, .mat-accordion > *:last-child:not(.mat-expansion-panel) .mat-expansion-panel-spacing {
  margin-bottom: 0;
}

.mat-action-row {
  border-top-style: solid;
  border-top-width: 1px;
  display: flex;
  flex-direction: row;
  justify-content: flex-end;
  padding: 16px 8px 16px 24px;
  border-top-color: var(--mat-expansion-actions-divider-color, var(--mat-sys-outline));
}
.mat-action-row .mat-button-base,
.mat-action-row .mat-mdc-button-base {
  margin-left: 8px;
}
[dir=rtl] .mat-action-row .mat-button-base,
[dir=rtl] .mat-action-row .mat-mdc-button-base {
  margin-left: 0;
  margin-right: 8px;
}
`],encapsulation:2,changeDetection:0})}return t})();var mt=(()=>{class t{panel=c(pt,{host:!0});_element=c(q);_focusMonitor=c(Le);_changeDetectorRef=c(U);_parentChangeSubscription=ke.EMPTY;constructor(){c(De).load(Me);let e=this.panel,i=c(pi,{optional:!0}),n=c(new Et("tabindex"),{optional:!0}),d=e.accordion?e.accordion._stateChanges.pipe(A(p=>!!(p.hideToggle||p.togglePosition))):gt;this.tabIndex=parseInt(n||"")||0,this._parentChangeSubscription=ye(e.opened,e.closed,d,e._inputChanges.pipe(A(p=>!!(p.hideToggle||p.disabled||p.togglePosition)))).subscribe(()=>this._changeDetectorRef.markForCheck()),e.closed.pipe(A(()=>e._containsFocus())).subscribe(()=>this._focusMonitor.focusVia(this._element,"program")),i&&(this.expandedHeight=i.expandedHeight,this.collapsedHeight=i.collapsedHeight)}expandedHeight;collapsedHeight;tabIndex=0;get disabled(){return this.panel.disabled}_toggle(){this.disabled||this.panel.toggle()}_isExpanded(){return this.panel.expanded}_getExpandedState(){return this.panel._getExpandedState()}_getPanelId(){return this.panel.id}_getTogglePosition(){return this.panel.togglePosition}_showToggle(){return!this.panel.hideToggle&&!this.panel.disabled}_getHeaderHeight(){let e=this._isExpanded();return e&&this.expandedHeight?this.expandedHeight:!e&&this.collapsedHeight?this.collapsedHeight:null}_keydown(e){switch(e.keyCode){case 32:case 13:Pt(e)||(e.preventDefault(),this._toggle());break;default:this.panel.accordion&&this.panel.accordion._handleHeaderKeydown(e);return}}focus(e,i){e?this._focusMonitor.focusVia(this._element,e,i):this._element.nativeElement.focus(i)}ngAfterViewInit(){this._focusMonitor.monitor(this._element).subscribe(e=>{e&&this.panel.accordion&&this.panel.accordion._handleHeaderFocus(this)})}ngOnDestroy(){this._parentChangeSubscription.unsubscribe(),this._focusMonitor.stopMonitoring(this._element)}static \u0275fac=function(i){return new(i||t)};static \u0275cmp=w({type:t,selectors:[["mat-expansion-panel-header"]],hostAttrs:["role","button",1,"mat-expansion-panel-header","mat-focus-indicator"],hostVars:13,hostBindings:function(i,n){i&1&&v("click",function(){return n._toggle()})("keydown",function(p){return n._keydown(p)}),i&2&&(M("id",n.panel._headerId)("tabindex",n.disabled?-1:n.tabIndex)("aria-controls",n._getPanelId())("aria-expanded",n._isExpanded())("aria-disabled",n.panel.disabled),Dt("height",n._getHeaderHeight()),B("mat-expanded",n._isExpanded())("mat-expansion-toggle-indicator-after",n._getTogglePosition()==="after")("mat-expansion-toggle-indicator-before",n._getTogglePosition()==="before"))},inputs:{expandedHeight:"expandedHeight",collapsedHeight:"collapsedHeight",tabIndex:[2,"tabIndex","tabIndex",e=>e==null?0:Ie(e)]},ngContentSelectors:Bi,decls:5,vars:3,consts:[[1,"mat-content"],[1,"mat-expansion-indicator"],["xmlns","http://www.w3.org/2000/svg","viewBox","0 -960 960 960","aria-hidden","true","focusable","false"],["d","M480-345 240-585l56-56 184 184 184-184 56 56-240 240Z"]],template:function(i,n){i&1&&(X(Oi),Z(0,"span",0),S(1),S(2,1),S(3,2),we(),f(4,Hi,3,0,"span",1)),i&2&&(B("mat-content-hide-toggle",!n._showToggle()),o(4),_(n._showToggle()?4:-1))},styles:[`.mat-expansion-panel-header {
  display: flex;
  flex-direction: row;
  align-items: center;
  padding: 0 24px;
  border-radius: inherit;
}
.mat-expansion-panel-animations-enabled .mat-expansion-panel-header {
  transition: height 225ms cubic-bezier(0.4, 0, 0.2, 1);
}
.mat-expansion-panel-header::before {
  border-radius: inherit;
}
.mat-expansion-panel-header {
  height: var(--mat-expansion-header-collapsed-state-height, 48px);
  font-family: var(--mat-expansion-header-text-font, var(--mat-sys-title-medium-font));
  font-size: var(--mat-expansion-header-text-size, var(--mat-sys-title-medium-size));
  font-weight: var(--mat-expansion-header-text-weight, var(--mat-sys-title-medium-weight));
  line-height: var(--mat-expansion-header-text-line-height, var(--mat-sys-title-medium-line-height));
  letter-spacing: var(--mat-expansion-header-text-tracking, var(--mat-sys-title-medium-tracking));
}
.mat-expansion-panel-header.mat-expanded {
  height: var(--mat-expansion-header-expanded-state-height, 64px);
}
.mat-expansion-panel-header[aria-disabled=true] {
  color: var(--mat-expansion-header-disabled-state-text-color, color-mix(in srgb, var(--mat-sys-on-surface) 38%, transparent));
}
.mat-expansion-panel-header:not([aria-disabled=true]) {
  cursor: pointer;
}
.mat-expansion-panel:not(.mat-expanded) .mat-expansion-panel-header:not([aria-disabled=true]):hover {
  background: var(--mat-expansion-header-hover-state-layer-color, color-mix(in srgb, var(--mat-sys-on-surface) calc(var(--mat-sys-hover-state-layer-opacity) * 100%), transparent));
}
@media (hover: none) {
  .mat-expansion-panel:not(.mat-expanded) .mat-expansion-panel-header:not([aria-disabled=true]):hover {
    background: var(--mat-expansion-container-background-color, var(--mat-sys-surface));
  }
}
.mat-expansion-panel .mat-expansion-panel-header:not([aria-disabled=true]).cdk-keyboard-focused, .mat-expansion-panel .mat-expansion-panel-header:not([aria-disabled=true]).cdk-program-focused {
  background: var(--mat-expansion-header-focus-state-layer-color, color-mix(in srgb, var(--mat-sys-on-surface) calc(var(--mat-sys-focus-state-layer-opacity) * 100%), transparent));
}
.mat-expansion-panel-header._mat-animation-noopable {
  transition: none;
}
.mat-expansion-panel-header:focus, .mat-expansion-panel-header:hover {
  outline: none;
}
.mat-expansion-panel-header.mat-expanded:focus, .mat-expansion-panel-header.mat-expanded:hover {
  background: inherit;
}
.mat-expansion-panel-header.mat-expansion-toggle-indicator-before {
  flex-direction: row-reverse;
}
.mat-expansion-panel-header.mat-expansion-toggle-indicator-before .mat-expansion-indicator {
  margin: 0 16px 0 0;
}
[dir=rtl] .mat-expansion-panel-header.mat-expansion-toggle-indicator-before .mat-expansion-indicator {
  margin: 0 0 0 16px;
}

.mat-content {
  display: flex;
  flex: 1;
  flex-direction: row;
  overflow: hidden;
}
.mat-content.mat-content-hide-toggle {
  margin-right: 8px;
}
[dir=rtl] .mat-content.mat-content-hide-toggle {
  margin-right: 0;
  margin-left: 8px;
}
.mat-expansion-toggle-indicator-before .mat-content.mat-content-hide-toggle {
  margin-left: 24px;
  margin-right: 0;
}
[dir=rtl] .mat-expansion-toggle-indicator-before .mat-content.mat-content-hide-toggle {
  margin-right: 24px;
  margin-left: 0;
}

.mat-expansion-panel-header-title {
  color: var(--mat-expansion-header-text-color, var(--mat-sys-on-surface));
}

.mat-expansion-panel-header-title,
.mat-expansion-panel-header-description {
  display: flex;
  flex-grow: 1;
  flex-basis: 0;
  margin-right: 16px;
  align-items: center;
}
[dir=rtl] .mat-expansion-panel-header-title,
[dir=rtl] .mat-expansion-panel-header-description {
  margin-right: 0;
  margin-left: 16px;
}
.mat-expansion-panel-header[aria-disabled=true] .mat-expansion-panel-header-title,
.mat-expansion-panel-header[aria-disabled=true] .mat-expansion-panel-header-description {
  color: inherit;
}

.mat-expansion-panel-header-description {
  flex-grow: 2;
  color: var(--mat-expansion-header-description-color, var(--mat-sys-on-surface-variant));
}

.mat-expansion-panel-animations-enabled .mat-expansion-indicator {
  transition: transform 225ms cubic-bezier(0.4, 0, 0.2, 1);
}
.mat-expansion-panel-header.mat-expanded .mat-expansion-indicator {
  transform: rotate(180deg);
}
.mat-expansion-indicator::after {
  border-style: solid;
  border-width: 0 2px 2px 0;
  content: "";
  padding: 3px;
  transform: rotate(45deg);
  vertical-align: middle;
  color: var(--mat-expansion-header-indicator-color, var(--mat-sys-on-surface-variant));
  display: var(--mat-expansion-legacy-header-indicator-display, none);
}
.mat-expansion-indicator svg {
  width: 24px;
  height: 24px;
  margin: 0 -8px;
  vertical-align: middle;
  fill: var(--mat-expansion-header-indicator-color, var(--mat-sys-on-surface-variant));
  display: var(--mat-expansion-header-indicator-display, inline-block);
}

@media (forced-colors: active) {
  .mat-expansion-panel-content {
    border-top: 1px solid;
    border-top-left-radius: 0;
    border-top-right-radius: 0;
  }
}
`],encapsulation:2,changeDetection:0})}return t})(),mi=(()=>{class t{static \u0275fac=function(i){return new(i||t)};static \u0275dir=F({type:t,selectors:[["mat-panel-description"]],hostAttrs:[1,"mat-expansion-panel-header-description"]})}return t})(),hi=(()=>{class t{static \u0275fac=function(i){return new(i||t)};static \u0275dir=F({type:t,selectors:[["mat-panel-title"]],hostAttrs:[1,"mat-expansion-panel-header-title"]})}return t})(),ui=(()=>{class t extends ci{_keyManager;_ownHeaders=new Pe;_headers;hideToggle=!1;displayMode="default";togglePosition="after";ngAfterContentInit(){this._headers.changes.pipe(j(this._headers)).subscribe(e=>{this._ownHeaders.reset(e.filter(i=>i.panel.accordion===this)),this._ownHeaders.notifyOnChanges()}),this._keyManager=new Ne(this._ownHeaders).withWrap().withHomeAndEnd()}_handleHeaderKeydown(e){this._keyManager.onKeydown(e)}_handleHeaderFocus(e){this._keyManager.updateActiveItem(e)}ngOnDestroy(){super.ngOnDestroy(),this._keyManager?.destroy(),this._ownHeaders.destroy()}static \u0275fac=(()=>{let e;return function(n){return(e||(e=Fe(t)))(n||t)}})();static \u0275dir=F({type:t,selectors:[["mat-accordion"]],contentQueries:function(i,n,d){if(i&1&&Y(d,mt,5),i&2){let p;y(p=b())&&(n._headers=p)}},hostAttrs:[1,"mat-accordion"],hostVars:2,hostBindings:function(i,n){i&2&&B("mat-accordion-multi",n.multi)},inputs:{hideToggle:[2,"hideToggle","hideToggle",I],displayMode:"displayMode",togglePosition:"togglePosition"},exportAs:["matAccordion"],features:[L([{provide:lt,useExisting:t}]),Ce]})}return t})(),gi=(()=>{class t{static \u0275fac=function(i){return new(i||t)};static \u0275mod=$({type:t});static \u0275inj=K({imports:[di,Wt,ze]})}return t})();function Ye(t,a,e,i){let n=new oe(a,Ye.PATH,"put");return e&&(n.path("id",e.id,{}),n.body(e.body,"application/json")),t.request(n.build({responseType:"json",accept:"application/json",context:i})).pipe(A(d=>d instanceof J),W(d=>d))}Ye.PATH="/api/organization/units/{id}/leads";var zi=(t,a)=>a.id;function Vi(t,a){if(t&1&&(s(0,"mat-option",3),l(1),r()),t&2){let e=a.$implicit;g("value",e.id),o(),H("",e.staffNumber," ",e.name)}}var Je=class t{node=c(le);ref=c(de);api=c(ae);staff=x([]);busy=x(!1);problem=x(null);leads=new Nt(this.node.leads.map(a=>a.id),{nonNullable:!0});async ngOnInit(){try{let a=await this.api.invoke(Zt,{UnitId:this.node.unit.id,MaxResultCount:100,Sorting:"staffNumber asc"});this.staff.set(a.items)}catch(a){this.problem.set(Q(a))}}async save(){this.busy.set(!0),this.problem.set(null);try{await this.api.invoke(Ye,{id:this.node.unit.id,body:{staffIds:this.leads.value}}),this.ref.close(!0)}catch(a){this.problem.set(Q(a))}finally{this.busy.set(!1)}}static \u0275fac=function(e){return new(e||t)};static \u0275cmp=w({type:t,selectors:[["app-leads-dialog"]],decls:19,vars:16,consts:[["mat-dialog-title",""],[1,"fields"],["multiple","",3,"formControl"],[3,"value"],[3,"problem"],["align","end"],["mat-button","","type","button","mat-dialog-close","","data-testid","dialog-cancel"],["mat-flat-button","","type","button",3,"click","disabled"]],template:function(e,i){e&1&&(s(0,"h2",0),l(1),m(2,"translate"),r(),s(3,"mat-dialog-content",1)(4,"mat-form-field")(5,"mat-label"),l(6),m(7,"translate"),r(),s(8,"mat-select",2),P(9,Vi,2,3,"mat-option",3,zi),r()(),C(11,"app-problem-alert",4),r(),s(12,"mat-dialog-actions",5)(13,"button",6),l(14),m(15,"translate"),r(),s(16,"button",7),v("click",function(){return i.save()}),l(17),m(18,"translate"),r()()),e&2&&(o(),H("",h(2,8,"unit.leads")," \xB7 ",i.node.unit.name),o(5),u(h(7,10,"unit.leads")),o(2),g("formControl",i.leads),o(),R(i.staff()),o(2),g("problem",i.problem()),o(3),u(h(15,12,"common.cancel")),o(2),g("disabled",i.busy()),o(),u(h(18,14,"common.save")))},dependencies:[ce,re,zt,ge,pe,me,ue,he,V,z,ne,ie,te,_e,fe,ee,se,N],styles:[".fields[_ngcontent-%COMP%]{display:flex;flex-direction:column;min-width:min(420px,80vw)}"],changeDetection:0})};function et(t,a,e,i){let n=new oe(a,et.PATH,"post");return e&&n.body(e.body,"application/json"),t.request(n.build({responseType:"json",accept:"application/json",context:i})).pipe(A(d=>d instanceof J),W(d=>d))}et.PATH="/api/organization/units";var qi=(t,a)=>a.id;function Ui(t,a){t&1&&(s(0,"mat-error"),l(1),m(2,"translate"),r()),t&2&&(o(),u(h(2,1,"validation.required")))}function Gi(t,a){t&1&&(s(0,"mat-error"),l(1),m(2,"translate"),r()),t&2&&(o(),u(h(2,1,"validation.code")))}function Qi(t,a){t&1&&(s(0,"mat-error"),l(1),m(2,"translate"),r()),t&2&&(o(),u(h(2,1,"validation.required")))}function Wi(t,a){if(t&1&&(s(0,"mat-option",13),l(1),r()),t&2){let e=a.$implicit;g("value",e.id),o(),u(e.name)}}function Ki(t,a){if(t&1&&(s(0,"mat-form-field")(1,"mat-label"),l(2),m(3,"translate"),r(),s(4,"mat-select",12),P(5,Wi,2,2,"mat-option",13,qi),r()()),t&2){let e=E();o(2),u(h(3,1,"unit.department")),o(3),R(e.departments())}}var tt=class t{data=c(le);ref=c(de);api=c(ae);departments=x([]);busy=x(!1);problem=x(null);form=c(We).nonNullable.group({code:["",[k.required,k.maxLength(32),k.pattern(/^[A-Za-z0-9_-]+$/)]],name:["",[k.required,k.maxLength(128)]],kind:["HallOwn",k.required],departmentId:[null]});async ngOnInit(){try{this.departments.set(await this.api.invoke(Xt))}catch{}}async save(){if(this.form.markAllAsTouched(),!this.form.invalid){this.busy.set(!0),this.problem.set(null);try{let a=this.form.getRawValue(),e=await this.api.invoke(et,{body:{hallId:this.data.hall.id,code:a.code.trim(),name:a.name.trim(),kind:a.kind,departmentId:a.kind==="StationedDepartment"?a.departmentId:null}});this.ref.close(e)}catch(a){this.problem.set(Q(a))}finally{this.busy.set(!1)}}}static \u0275fac=function(e){return new(e||t)};static \u0275cmp=w({type:t,selectors:[["app-unit-dialog"]],decls:38,vars:32,consts:[["mat-dialog-title",""],["novalidate","",3,"ngSubmit","formGroup"],[1,"fields"],["matInput","","formControlName","code","data-testid","unit-code"],["matInput","","formControlName","name","data-testid","unit-name"],["formControlName","kind","data-testid","unit-kind"],["value","HallOwn"],["value","StationedDepartment"],[3,"problem"],["align","end"],["mat-button","","type","button","mat-dialog-close","","data-testid","dialog-cancel"],["mat-flat-button","","type","submit","data-testid","dialog-save",3,"disabled"],["formControlName","departmentId"],[3,"value"]],template:function(e,i){e&1&&(s(0,"h2",0),l(1),m(2,"translate"),r(),s(3,"form",1),v("ngSubmit",function(){return i.save()}),s(4,"mat-dialog-content",2)(5,"mat-form-field")(6,"mat-label"),l(7),m(8,"translate"),r(),C(9,"input",3),f(10,Ui,3,3,"mat-error"),f(11,Gi,3,3,"mat-error"),r(),s(12,"mat-form-field")(13,"mat-label"),l(14),m(15,"translate"),r(),C(16,"input",4),f(17,Qi,3,3,"mat-error"),r(),s(18,"mat-form-field")(19,"mat-label"),l(20),m(21,"translate"),r(),s(22,"mat-select",5)(23,"mat-option",6),l(24),m(25,"translate"),r(),s(26,"mat-option",7),l(27),m(28,"translate"),r()()(),f(29,Ki,7,3,"mat-form-field"),C(30,"app-problem-alert",8),r(),s(31,"mat-dialog-actions",9)(32,"button",10),l(33),m(34,"translate"),r(),s(35,"button",11),l(36),m(37,"translate"),r()()()),e&2&&(o(),H("",h(2,16,"unit.create")," \xB7 ",i.data.hall.name),o(2),g("formGroup",i.form),o(4),u(h(8,18,"unit.code")),o(3),_(i.form.controls.code.hasError("required")?10:-1),o(),_(i.form.controls.code.hasError("pattern")?11:-1),o(3),u(h(15,20,"unit.name")),o(3),_(i.form.controls.name.hasError("required")?17:-1),o(3),u(h(21,22,"unit.kind")),o(4),u(h(25,24,"enums.UnitKind.HallOwn")),o(3),u(h(28,26,"enums.UnitKind.StationedDepartment")),o(2),_(i.form.controls.kind.value==="StationedDepartment"?29:-1),o(),g("problem",i.problem()),o(3),u(h(34,28,"common.cancel")),o(2),g("disabled",i.busy()),o(),u(h(37,30,"common.save")))},dependencies:[ce,Ue,je,re,qe,Qe,Ge,ge,pe,me,ue,he,V,z,ne,ie,te,Ve,$e,Ke,_e,fe,ee,se,N],styles:[".fields[_ngcontent-%COMP%]{display:flex;flex-direction:column;min-width:min(420px,80vw)}"],changeDetection:0})};function it(t,a,e,i){let n=new oe(a,it.PATH,"post");return e&&n.body(e.body,"application/json"),t.request(n.build({responseType:"json",accept:"application/json",context:i})).pipe(A(d=>d instanceof J),W(d=>d))}it.PATH="/api/organization/windows";function $i(t,a){t&1&&(s(0,"mat-error"),l(1),m(2,"translate"),r()),t&2&&(o(),u(h(2,1,"validation.required")))}function Zi(t,a){t&1&&(s(0,"mat-error"),l(1),m(2,"translate"),r()),t&2&&(o(),u(h(2,1,"validation.required")))}function Xi(t,a){if(t&1&&(s(0,"mat-option",6),l(1),m(2,"translate"),r()),t&2){let e=a.$implicit;g("value",e),o(),u(h(2,2,"enums.WindowType."+e))}}var Yi=["Comprehensive","Department","GreenChannel","Unresolved","Tidal"],nt=class t{unit=c(le);ref=c(de);api=c(ae);types=Yi;busy=x(!1);problem=x(null);form=c(We).nonNullable.group({code:["",[k.required,k.maxLength(32)]],name:["",[k.required,k.maxLength(128)]],type:["Department",k.required]});async save(){if(this.form.markAllAsTouched(),!this.form.invalid){this.busy.set(!0),this.problem.set(null);try{let a=this.form.getRawValue();this.ref.close(await this.api.invoke(it,{body:{unitId:this.unit.id,code:a.code.trim(),name:a.name.trim(),type:a.type}}))}catch(a){this.problem.set(Q(a))}finally{this.busy.set(!1)}}}static \u0275fac=function(e){return new(e||t)};static \u0275cmp=w({type:t,selectors:[["app-window-dialog"]],decls:32,vars:24,consts:[["mat-dialog-title",""],["novalidate","",3,"ngSubmit","formGroup"],[1,"fields"],["matInput","","formControlName","code","data-testid","window-code"],["matInput","","formControlName","name","data-testid","window-name"],["formControlName","type"],[3,"value"],[3,"problem"],["align","end"],["mat-button","","type","button","mat-dialog-close","","data-testid","dialog-cancel"],["mat-flat-button","","type","submit","data-testid","dialog-save",3,"disabled"]],template:function(e,i){e&1&&(s(0,"h2",0),l(1),m(2,"translate"),r(),s(3,"form",1),v("ngSubmit",function(){return i.save()}),s(4,"mat-dialog-content",2)(5,"mat-form-field")(6,"mat-label"),l(7),m(8,"translate"),r(),C(9,"input",3),f(10,$i,3,3,"mat-error"),r(),s(11,"mat-form-field")(12,"mat-label"),l(13),m(14,"translate"),r(),C(15,"input",4),f(16,Zi,3,3,"mat-error"),r(),s(17,"mat-form-field")(18,"mat-label"),l(19),m(20,"translate"),r(),s(21,"mat-select",5),P(22,Xi,3,4,"mat-option",6,Ct),r()(),C(24,"app-problem-alert",7),r(),s(25,"mat-dialog-actions",8)(26,"button",9),l(27),m(28,"translate"),r(),s(29,"button",10),l(30),m(31,"translate"),r()()()),e&2&&(o(),H("",h(2,12,"window.create")," \xB7 ",i.unit.name),o(2),g("formGroup",i.form),o(4),u(h(8,14,"window.code")),o(3),_(i.form.controls.code.hasError("required")?10:-1),o(3),u(h(14,16,"window.name")),o(3),_(i.form.controls.name.hasError("required")?16:-1),o(3),u(h(20,18,"window.type")),o(3),R(i.types),o(2),g("problem",i.problem()),o(3),u(h(28,20,"common.cancel")),o(2),g("disabled",i.busy()),o(),u(h(31,22,"common.save")))},dependencies:[ce,Ue,je,re,qe,Qe,Ge,ge,pe,me,ue,he,V,z,ne,ie,te,Ve,$e,Ke,_e,fe,ee,se,N],styles:[".fields[_ngcontent-%COMP%]{display:flex;flex-direction:column;min-width:min(420px,80vw)}"],changeDetection:0})};var Ji=()=>[],en=t=>({count:t}),tn=()=>["/organization/staff"],nn=t=>({unitId:t}),an=(t,a)=>a.hall.id,on=(t,a)=>a.unit.id,rn=(t,a)=>a.id;function cn(t,a){t&1&&C(0,"mat-progress-bar",0)}function sn(t,a){if(t&1){let e=Re();s(0,"button",6),v("click",function(){Ee(e);let n=E().$implicit,d=E();return Se(d.createUnit(n.hall))}),s(1,"mat-icon"),l(2,"add"),r(),l(3),m(4,"translate"),r()}t&2&&(o(3),u(h(4,1,"unit.create")))}function dn(t,a){if(t&1){let e=Re();s(0,"button",12),v("click",function(){Ee(e);let n=E().$implicit,d=E(2);return Se(d.createWindow(n.unit))}),s(1,"mat-icon"),l(2,"add"),r(),l(3),m(4,"translate"),r()}t&2&&(o(3),u(h(4,1,"window.create")))}function ln(t,a){if(t&1){let e=Re();s(0,"button",13),v("click",function(){Ee(e);let n=E().$implicit,d=E(2);return Se(d.setLeads(n))}),s(1,"mat-icon"),l(2,"supervisor_account"),r(),l(3),m(4,"translate"),r()}t&2&&(o(3),u(h(4,1,"unit.leads")))}function pn(t,a){if(t&1&&(s(0,"mat-chip",11),l(1),r()),t&2){let e=a.$implicit;g("disabled",!e.isActive),o(),Be("",e.code," ",e.name," (",e.staffCount,")")}}function mn(t,a){if(t&1&&(s(0,"li")(1,"div",7)(2,"strong"),l(3),r(),s(4,"span",5),l(5),m(6,"translate"),r(),s(7,"a",8),l(8),m(9,"translate"),r(),f(10,dn,5,3,"button",9),f(11,ln,5,3,"button",10),r(),s(12,"div",5),l(13),m(14,"translate"),m(15,"translate"),r(),s(16,"mat-chip-set"),m(17,"translate"),P(18,pn,2,4,"mat-chip",11,rn),r()()),t&2){let e=a.$implicit,i=E(2);M("data-unit",e.unit.code),o(3),u(e.unit.name),o(2),Be("",e.unit.code," \xB7 ",h(6,13,"enums.UnitKind."+e.unit.kind),"",e.unit.departmentName?" \xB7 "+e.unit.departmentName:""),o(2),g("routerLink",rt(23,tn))("queryParams",ct(24,nn,e.unit.id)),o(),u(h(9,15,"tree.staff")),o(2),_(i.auth.has("Organization.Structure.Manage")?10:-1),o(),_(i.auth.has("Organization.Leads.Manage")?11:-1),o(2),H("",h(14,17,"unit.leads"),"\uFF1A",i.leadNames(e)||h(15,19,"common.none")),o(3),M("aria-label",h(17,21,"tree.windows")),o(2),R(e.windows)}}function hn(t,a){t&1&&(s(0,"li",5),l(1),m(2,"translate"),r()),t&2&&(o(),u(h(2,1,"common.empty")))}function un(t,a){if(t&1&&(s(0,"mat-expansion-panel",2)(1,"mat-expansion-panel-header")(2,"mat-panel-title"),l(3),r(),s(4,"mat-panel-description"),l(5),m(6,"translate"),m(7,"translate"),r()(),f(8,sn,5,3,"button",3),s(9,"ul",4),P(10,mn,20,26,"li",null,on,!1,hn,3,3,"li",5),r()()),t&2){let e=a.$implicit,i=a.$index,n=E();g("expanded",i===0),M("data-hall",e.hall.code),o(3),u(e.hall.name),o(2),Be("",e.hall.code," \xB7 ",h(6,8,"enums.HallKind."+e.hall.kind)," \xB7 ",kt(7,10,"tree.units",ct(13,en,e.units.length))),o(3),_(n.auth.has("Organization.Structure.Manage")?8:-1),o(2),R(e.units)}}var bi=class t{org=c(Kt);auth=c(Lt);dialog=c($t);loading=x(!1);async ngOnInit(){await this.reload()}leadNames(a){return a.leads.map(e=>`${e.name}\uFF08${e.staffNumber}\uFF09`).join("\u3001")}createUnit(a){this.dialog.open(tt,{data:{hall:a}}).afterClosed().subscribe(e=>e&&void this.reload())}createWindow(a){this.dialog.open(nt,{data:a}).afterClosed().subscribe(e=>e&&void this.reload())}setLeads(a){this.dialog.open(Je,{data:a}).afterClosed().subscribe(e=>e&&void this.reload())}async reload(){this.loading.set(!0),await this.org.load(!0),this.loading.set(!1)}static \u0275fac=function(e){return new(e||t)};static \u0275cmp=w({type:t,selectors:[["app-organization-tree-page"]],decls:7,vars:5,consts:[["mode","indeterminate"],["multi",""],[3,"expanded"],["mat-stroked-button","","data-testid","create-unit"],[1,"units"],[1,"muted"],["mat-stroked-button","","data-testid","create-unit",3,"click"],[1,"unit-head"],["mat-button","",3,"routerLink","queryParams"],["mat-button","","data-testid","create-window"],["mat-button",""],[3,"disabled"],["mat-button","","data-testid","create-window",3,"click"],["mat-button","",3,"click"]],template:function(e,i){if(e&1&&(s(0,"h1"),l(1),m(2,"translate"),r(),f(3,cn,1,0,"mat-progress-bar",0),s(4,"mat-accordion",1),P(5,un,13,15,"mat-expansion-panel",2,an),r()),e&2){let n;o(),u(h(2,2,"nav.tree")),o(2),_(i.loading()?3:-1),o(2),R(((n=i.org.tree())==null?null:n.halls)??rt(4,Ji))}},dependencies:[gi,ui,pt,mt,hi,mi,V,z,jt,Vt,ri,st,oi,Ut,qt,At,N],styles:["h1[_ngcontent-%COMP%]{font-size:22px}.units[_ngcontent-%COMP%]{list-style:none;padding:0;margin:8px 0 0}.units[_ngcontent-%COMP%] > li[_ngcontent-%COMP%]{border-top:1px solid #e0e0e0;padding:8px 0}.unit-head[_ngcontent-%COMP%]{display:flex;flex-wrap:wrap;align-items:center;gap:8px}.muted[_ngcontent-%COMP%]{color:#555;font-size:13px}"],changeDetection:0})};export{bi as OrganizationTreePage};
