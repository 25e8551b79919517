package gx.doudi.pipeline;

import gx.doudi.referral.Chain;

/**
 * A chain document as the household stage emits it, with the key it is kept under. The document's own
 * householdId is masked, and two households of one can share a masked id
 * ({@code person:4501**********0014}); the key cannot.
 */
public record HouseholdChain(String key, Chain chain) {}
