// Generated from custom-elements.json by scripts/ci/element-typings.mjs (`npm run manifest`): do not edit.
// Types only: teaches TSX in React 19 the three tags, their attributes, properties and events.
// A React project imports it once, anywhere:
//
//   import type {} from 'ringcx-elements/jsx';
//
// React 19 sets a property when the element has one of that name (`client`, `strings`), an
// attribute otherwise (`base-url`), and listens to an event for `on` + its exact name
// (`onringcx-login`). Import the elements (`ringcx-elements/elements`) before the first render,
// so that React finds the properties.
import type { ClassAttributes, HTMLAttributes } from 'react';
import type { RingCxAccounts } from './ringcx-accounts/ringcx-accounts.js';
import type { RingCxLogin } from './ringcx-login/ringcx-login.js';
import type { RingCxTokenList } from './ringcx-token-list/ringcx-token-list.js';
import type { RingCxEvent, RingCxEventName } from './shared/events.js';

/** `onringcx-login` and the like, for the events named. */
export type RingCxEventProps<Name extends RingCxEventName> = {
  [K in Name as `on${K}`]?: (event: RingCxEvent<K>) => void;
};

/** What every element takes: HTML attributes, the shared properties, `base-url` and `heading-level`. */
export type RingCxElementProps<E extends RingCxAccounts | RingCxLogin | RingCxTokenList> = ClassAttributes<E> &
  HTMLAttributes<E> &
  Partial<Pick<E, 'client' | 'strings' | 'persistence' | 'theme' | 'landmark'>> & {
    'base-url'?: string;
    'heading-level'?: number | string;
  };

export type RingCxAccountsProps = RingCxElementProps<RingCxAccounts> & {
  'selected-account-id'?: string;
} & RingCxEventProps<'ringcx-account-select' | 'ringcx-error'>;

export type RingCxLoginProps = RingCxElementProps<RingCxLogin> & {
  'platform-id'?: string;
  'rc-client-id'?: string;
  'rc-server'?: string;
  'rc-redirect-uri'?: string;
  'rc-authorize-url'?: string;
  'rc-flow'?: string;
  'rc-keep-token'?: string;
  'password-form'?: string;
} & RingCxEventProps<'ringcx-login' | 'ringcx-logout' | 'ringcx-logout-request' | 'ringcx-session-expired' | 'ringcx-error'>;

export type RingCxTokenListProps = RingCxElementProps<RingCxTokenList> & Partial<Pick<RingCxTokenList, 'labels'>> & {
  'api-token'?: string;
} & RingCxEventProps<'ringcx-token-create' | 'ringcx-token-delete' | 'ringcx-token-copy' | 'ringcx-error'>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'ringcx-accounts': RingCxAccountsProps;
      'ringcx-login': RingCxLoginProps;
      'ringcx-token-list': RingCxTokenListProps;
    }
  }
}
