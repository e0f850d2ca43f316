// Generated from custom-elements.json by scripts/ci/element-typings.mjs (`npm run manifest`): do not edit.
// Types only: teaches Vue 3 templates (vue-tsc, the Vue language tools) the three tags, their
// properties and events. A Vue project imports it once, anywhere:
//
//   import type {} from 'ringcx-elements/vue';
//
// Tell Vue's compiler that `ringcx-*` tags are custom elements
// (`compilerOptions.isCustomElement: (tag) => tag.startsWith('ringcx-')`), then bind properties
// and listen to the events by their names:
//
//   <ringcx-login .client="client" @ringcx-login="onLogin" />
//
// The shape is the one Vue's guide gives for custom elements ("Web Components and TypeScript"):
// a constructor whose instance has `$props` and `$emit`, which is what vue-tsc reads from
// `GlobalComponents`. test/types/vue-typings.ts checks this file against Vue's own types in
// `npm run typecheck`; there, tsconfig.json's `paths` point `ringcx-elements/elements` at the
// sources instead of dist/.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { RingCxAccounts, RingCxEvent, RingCxEventName, RingCxLogin, RingCxTokenList } from 'ringcx-elements/elements';

/** A Vue component type for an element: the properties named, HTML attributes, and its events. */
type VueElement<E extends HTMLElement, Props extends keyof E, Events extends RingCxEventName> = new () => E & {
  /** @deprecated For template type checking only; it does not exist on the element. */
  $props: HTMLAttributes & PublicProps & Partial<Pick<E, Props>>;
  /** @deprecated For template type checking only; it does not exist on the element. */
  $emit: EmitFn<{ [K in Events]: (event: RingCxEvent<K>) => void }>;
};

type Shared = 'client' | 'strings' | 'baseUrl' | 'persistence' | 'theme' | 'headingLevel' | 'landmark';

declare module 'vue' {
  interface GlobalComponents {
    'ringcx-accounts': VueElement<RingCxAccounts, Shared | 'selectedAccountId', 'ringcx-account-select' | 'ringcx-error'>;
    'ringcx-login': VueElement<RingCxLogin, Shared | 'platformId' | 'rcClientId' | 'rcServer' | 'rcRedirectUri' | 'rcAuthorizeUrl' | 'rcFlow' | 'rcKeepToken' | 'passwordForm', 'ringcx-login' | 'ringcx-logout' | 'ringcx-logout-request' | 'ringcx-session-expired' | 'ringcx-error'>;
    'ringcx-token-list': VueElement<RingCxTokenList, Shared | 'apiToken' | 'labels', 'ringcx-token-create' | 'ringcx-token-delete' | 'ringcx-token-copy' | 'ringcx-error'>;
  }
}
