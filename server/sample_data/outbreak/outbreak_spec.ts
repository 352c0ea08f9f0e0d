/**
 * The WannaCry outbreak of the published hunt (../shared/seeds/network-forensics-eda.txt): the facts its
 * sid-conversations must reproduce exactly, and the five signatures.
 */

export interface SampleSignature {
  /** Suricata signature id, as a string (ECS `rule.id` is a keyword). */
  readonly id: string;
  readonly name: string;
  readonly rev: number;
  readonly category: string;
  readonly severity: number;
  /** True when the rule matches the server's reply, so the alert's source is the SMB server (port 445). */
  readonly fromServer: boolean;
}

/** ET Open names, revisions and categories as in the real WRCCDC 2018/2017 eve.json samples. */
export const DOUBLEPULSAR_SIGNATURE: SampleSignature = {
  id: '2024216',
  name: 'ET EXPLOIT Possible DOUBLEPULSAR Beacon Response',
  rev: 1,
  category: 'A Network Trojan was detected',
  severity: 1,
  fromServer: true,
};

export const ETERNALBLUE_HEAP_SPRAY_SIGNATURE: SampleSignature = {
  id: '2024217',
  name: 'ET EXPLOIT Possible ETERNALBLUE MS17-010 Heap Spray',
  rev: 3,
  category: 'A Network Trojan was detected',
  severity: 1,
  fromServer: false,
};

export const ETERNALBLUE_ECHO_RESPONSE_SIGNATURE: SampleSignature = {
  id: '2024218',
  name: 'ET EXPLOIT Possible ETERNALBLUE MS17-010 Echo Response',
  rev: 2,
  category: 'A Network Trojan was detected',
  severity: 1,
  fromServer: true,
};

export const PORT_445_SCAN_SIGNATURE: SampleSignature = {
  id: '2001569',
  name: 'ET SCAN Behavioral Unusual Port 445 traffic Potential Scan or Infection',
  rev: 15,
  category: 'Misc activity',
  severity: 3,
  fromServer: false,
};

/**
 * 2830018 is an ET Pro (commercial ruleset) sid named in the article without its message; ET Pro rule texts
 * are not public, so this name is ours, chosen to fit what the article shows it matching (the worm's SMB
 * propagation, including to Internet addresses).
 */
export const WORM_PROPAGATION_SIGNATURE: SampleSignature = {
  id: '2830018',
  name: 'ETPRO TROJAN WannaCry Ransomware Worm SMB Propagation Attempt',
  rev: 1,
  category: 'A Network Trojan was detected',
  severity: 1,
  fromServer: false,
};

export const OUTBREAK_SIGNATURES: readonly SampleSignature[] = [
  DOUBLEPULSAR_SIGNATURE,
  ETERNALBLUE_HEAP_SPRAY_SIGNATURE,
  ETERNALBLUE_ECHO_RESPONSE_SIGNATURE,
  PORT_445_SCAN_SIGNATURE,
  WORM_PROPAGATION_SIGNATURE,
];

export const DEFAULT_OUTBREAK_SEED = 20180426;

/**
 * The published facts. Two of the article's statements disagree: it calls 2830018 "the smallest signature
 * group" with "only 32" conversations, yet also says 2830018 has internal-to-internal conversations besides
 * its 32 internal-to-external ones. We keep both the 32 outbound conversations and the internal ones (71 in
 * all), so 2830018 is still the smallest group but has more than 32 conversations.
 */
export const OUTBREAK_FACTS = {
  conversations: 4818,
  signatures: 5,
  /** "about 2.46 million observations": our exact total. */
  observations: 2_461_337,
  /** First and last alert of the outbreak (epoch ms, UTC): 2018-04-26 07:12:41 and 2018-05-05 19:48:03. */
  firstAlert: Date.UTC(2018, 3, 26, 7, 12, 41),
  lastAlert: Date.UTC(2018, 4, 5, 19, 48, 3),
  doublepulsarSignatureId: DOUBLEPULSAR_SIGNATURE.id,
  doublepulsarConversations: 3280,
  internalToExternalConversations: 32,
  internalToExternalSignatureId: WORM_PROPAGATION_SIGNATURE.id,
  internalToExternalMinOtrSeconds: 21_960,
  internalToExternalMedianOtrSeconds: 421_200,
  uniquePairs: 4010,
  uniqueSources: 234,
  uniqueDestinations: 469,
  topSourceConversations: [63, 68],
  topDestinationConversations: [150, 215],
  /** The three signatures that fire on very short sessions. */
  shortSessionSignatureIds: [ETERNALBLUE_HEAP_SPRAY_SIGNATURE.id, ETERNALBLUE_ECHO_RESPONSE_SIGNATURE.id, PORT_445_SCAN_SIGNATURE.id],
} as const;

/** Conversations per signature (our design; only 2024216's count is published). */
export const CONVERSATIONS_PER_SIGNATURE: Readonly<Record<string, number>> = {
  [DOUBLEPULSAR_SIGNATURE.id]: 3280,
  [ETERNALBLUE_HEAP_SPRAY_SIGNATURE.id]: 690,
  [ETERNALBLUE_ECHO_RESPONSE_SIGNATURE.id]: 512,
  [PORT_445_SCAN_SIGNATURE.id]: 265,
  [WORM_PROPAGATION_SIGNATURE.id]: 71,
};
