import { compromise } from './compromise.js';
import { fastPath } from './fastPath.js';
import type { Peer } from './peer.js';
import { retext } from './retext.js';
import { toneDrift } from './toneDrift.js';
import { wink } from './wink.js';
import { writeGood } from './writeGood.js';

/** Every contender, in load order (ours first, so the RSS checkpoints after each load tell them apart). */
export const peers: readonly Peer[] = [toneDrift, fastPath, wink, retext, writeGood, compromise];

export type { LoadedPeer, Peer, PeerOutput, PeerRun } from './peer.js';
