import { h } from "../../core/dom.ts";
import { REFERRAL_LABELS } from "../../core/labels.ts";
import type { ReferralView } from "./view.ts";

/** A referral's status as a badge in German: the coach's list and the partner's incoming list alike. */
export const statusBadge = (status: ReferralView["status"]) =>
  h("span", { class: `badge badge--${status}` }, REFERRAL_LABELS[status]);
