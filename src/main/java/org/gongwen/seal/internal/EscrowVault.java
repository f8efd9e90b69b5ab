package org.gongwen.seal.internal;

/** The {@link KeyVault} under the backup key, kept apart from the master key (A28). */
public record EscrowVault(KeyVault vault) {}
