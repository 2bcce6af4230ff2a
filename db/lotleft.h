#pragma once

// What a lot (the ledger row `l`) has left: its points less what redemptions and expiry took from
// it, from points_lot_spent (schema v16), which is keyed by the lot's member first.
inline constexpr char kLotLeft[] = "(l.points - COALESCE((SELECT s.points FROM points_lot_spent s WHERE "
                                   "s.member_id = l.member_id AND s.lot_id = l.id), 0))";
