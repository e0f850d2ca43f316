// The mock's fixtures: the demo user and account lists shaped like the spec's `Account`, including
// its secret fields (fake values, prefixed `SECRET-` so a test can prove the UI never shows them).
import type { Account } from '../types.js';

/** Sign-in details the default mock user accepts. */
export const DEMO_CREDENTIALS = {
  username: 'admin@example.com',
  password: 'demo-password',
  platformId: 'aws80',
} as const;

/** A RingEX access token the mock's exchange operation accepts (for the first user). */
export const DEMO_RC_ACCESS_TOKEN = 'demo-ringex-access-token';

/** A user the mock can sign in. */
export interface MockUser {
  username: string;
  password: string;
  platformId: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  adminId?: number;
  mainAccountId?: string;
}

/** A mock user with every field filled in. */
export type FullMockUser = Required<MockUser>;

/**
 * The only place the user defaults are written: Ada Admin of main account '99990000', her
 * username as her email, and admin ids 1001, 1002, … in the order the users are given.
 */
export function withUserDefaults(user: MockUser, index: number): FullMockUser {
  return { firstName: 'Ada', lastName: 'Admin', email: user.username, adminId: 1001 + index, mainAccountId: '99990000', ...user };
}

/** The mock's one user when none are given: DEMO_CREDENTIALS, and the defaults above. */
export const DEFAULT_USERS: readonly MockUser[] = [{ ...DEMO_CREDENTIALS }];

interface Main {
  id: string;
  name: string;
}

const TIMEZONES = [1, 3, 5, 7];
const START = Date.UTC(2024, 0, 15);

/** One `Account` row with every scalar field of the spec; `n` varies the values deterministically. */
function account(main: Main, accountId: string, accountName: string, n: number, archived = false): Account {
  const started = new Date(START + n * 86_400_000);
  return {
    accountId,
    accountName,
    mainAccountId: main.id,
    mainAccountName: main.name,
    mainAccount: {
      mainAccountId: main.id,
      mainAccountName: main.name,
      engageAccountId: main.id,
      rcAccountId: String(37_400_000 + Number(main.id) % 100_000),
      isActive: 1,
      dataRetentionDays: 365,
      enableAmdProfiles: false,
      enableConsultCall: true,
      enablePhoneNumbersI18n: false,
    },
    archivedAccount: archived,
    primaryTimezone: TIMEZONES[n % TIMEZONES.length],
    startDate: {
      millis: started.getTime(),
      year: started.getUTCFullYear(),
      monthOfYear: started.getUTCMonth() + 1,
      dayOfMonth: started.getUTCDate(),
      afterNow: false,
      beforeNow: true,
      equalNow: false,
      zone: { id: 'UTC', fixed: true },
    },
    amdDefaultProfile: 0,
    audioRetentionDays: 90,
    concurrentLogins: 1,
    dataRetentionDays: 365,
    databaseShardId: `shard-${n % 3}`,
    defaultCallerid: `415555${String(1000 + n).slice(-4)}`,
    defaultHold: 'DEFAULT',
    defaultIntellidialServerId: 1,
    defaultOutdialServerGroupId: 2,
    dncOrgId: `dnc-${accountId}`,
    dncOrgIdConfirmed: n % 2 === 0,
    emailFromAddress: `no-reply+${accountId}@example.com`,
    notificationEmail: `ops+${accountId}@example.com`,
    enable247Dialing: false,
    enableAgentRankRouting: n % 2 === 1,
    enableAmdProfiles: false,
    enableBlankCallerid: false,
    enableCallEventTracking: true,
    enableCellScrubbing: false,
    enableCentralizedData: false,
    enableChat: n % 3 === 0,
    enableCloudRouting: true,
    enableCorporateDirectory: true,
    enableCrmExport: false,
    enableFifo: false,
    enableFolderMode: false,
    enableForceLegacy: false,
    enableGoodData: false,
    enableHciDialer: false,
    enableInbound: true,
    enableIntlOutbound: false,
    enableListLoading: true,
    enableMultiuser: true,
    enableOutbound: true,
    enableOutboundPredictive: n % 2 === 0,
    enableScheduledTasks: false,
    enableSoftphones: true,
    enableTaskMode: false,
    enableTcpaSafeMachineDetect: false,
    enableTracking: true,
    enableVisualIvr: true,
    enableVoiceBroadcast: false,
    ivrAppsEnabled: true,
    crmHost: 'crm.example.com',
    crmInstance: 'example',
    crmUid: `crm-user-${accountId}`,
    crmPwd: `SECRET-crm-password-${accountId}`,
    ftpHost: 'ftp.example.com',
    ftpUid: `ftp-user-${accountId}`,
    ftpPwd: `SECRET-ftp-password-${accountId}`,
    securityKey: `SECRET-security-key-${accountId}`,
    phoneRecordingPin: 4_242_000 + n,
    maxBreakTime: 15,
    maxLunchTime: 60,
    maxOutPortsPerAgent: 3,
    minimumSec: 6,
    offHookHold: 'DEFAULT',
    offHookWhisper: 'NONE',
    offHookWhisperGhost: 'NONE',
    offhookCallerid: '4155550100',
    outboundManualDefaultRingtime: 30,
    outboundPrepay: false,
    overrideDispositions: 0,
    pciCompliance: false,
    pciComplianceRequest: false,
    rcAccountAccess: 'ENABLED',
    recordingAccessMode: 'ACCOUNT',
    recordingFilenameFormat: '%accountId%_%uii%',
    recordingsDelivery: 'NONE',
    rounding: 6,
    softphoneHost: 'softphone.example.com',
    softphoneWsdl: 'https://softphone.example.com/ws?wsdl',
    tcpaSafeMode: false,
    usePowerBy: false,
    weekOffset: 0,
    wfmType: 'NONE',
  };
}

/** The default list: the demo user's main account with six sub-accounts, and a second main account. */
export function defaultAccounts(): Account[] {
  const example: Main = { id: '99990000', name: 'Example Main Account' };
  const partner: Main = { id: '99980000', name: 'Partner Main Account' };
  return [
    account(example, '99990001', 'Example Sub-Account', 1),
    account(example, '99990002', 'Sales East', 2),
    account(example, '99990003', 'Sales West', 3),
    account(example, '99990004', 'Customer Support', 4),
    account(example, '99990005', 'Collections', 5),
    account(example, '99990006', 'Spring Campaign 2024', 6, true),
    account(partner, '99980001', 'Partner Support', 7),
    account(partner, '99980002', 'Partner Outbound', 8),
  ];
}

/**
 * A large, deterministic account list (benchmarks): main account `k` has id `20000000 + k * stride`
 * and its sub-accounts the ids right after it; every tenth sub-account is archived.
 */
export function makeAccounts(mainAccounts: number, subAccountsEach: number): Account[] {
  const stride = 10 ** Math.max(4, String(subAccountsEach).length);
  const accounts: Account[] = [];
  for (let k = 0; k < mainAccounts; k++) {
    const mainId = 20_000_000 + k * stride;
    const main: Main = { id: String(mainId), name: `Main Account ${k + 1}` };
    for (let j = 1; j <= subAccountsEach; j++) {
      accounts.push(account(main, String(mainId + j), `Sub-Account ${k + 1}.${j}`, accounts.length, j % 10 === 0));
    }
  }
  return accounts;
}
