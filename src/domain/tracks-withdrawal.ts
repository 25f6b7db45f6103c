import { addDays } from '../dates.js';
import type { AgreementData } from '../model/index.js';
import type { Track } from './occurrence.js';
import type { TrackContext } from './tracks.js';
import { oneOff } from './tracks-other.js';
import { leftOf, noticeLeavingDay } from './withdrawal.js';

/**
 * SPEC section 13: a party that gave notice leaves on its leaving day (its `left` where written);
 * the secretariat has until the day before to settle its exit (rotations, seats, accounts). The
 * obligation is done on the leaving day itself: from then on the party is no longer a member.
 * `data` holds only the notices given by as-of (tracks.ts drops later ones).
 */
export function withdrawalTracks(data: AgreementData, ctx: TrackContext): Track[] {
  const { agreement } = data;
  return agreement.parties.flatMap((party) => {
    // Without governance.withdrawal a notice makes no obligation.
    if (!noticeLeavingDay(agreement, party)) return [];
    const leaves = leftOf(agreement, party)!;
    const deadline = addDays(leaves, -1);
    // An agreement that ends first takes the withdrawal with it (no occurrence after its last day).
    if (ctx.lastDay && deadline > ctx.lastDay) return [];
    return [
      oneOff(
        ctx,
        { kind: 'withdrawal', party: party.id },
        { id: 'obligation.withdrawal', params: { party: party.name, date: { date: leaves } } },
        deadline,
        leaves,
      ),
    ];
  });
}
