import { completeRingCentralSignIn } from '../../src/sso/callback.js';

completeRingCentralSignIn();
