package org.gongwen.seal.internal;

/** Why a seal is revoked (A26, A27), with its RFC 5280 CRL reason code. */
public enum RevocationReason {
    /** 单位变更 */
    CHANGE(3),
    /** 单位撤销 */
    ABOLITION(5),
    /** 损坏 */
    DAMAGE(4),
    /** 遗失 */
    LOSS(1),
    /** 式样变更 */
    STYLE(4);

    private final int crlReason;

    RevocationReason(int crlReason) {
        this.crlReason = crlReason;
    }

    public int crlReason() {
        return crlReason;
    }

    /** Loss and damage continue into re-issue of the seal. */
    public boolean reissues() {
        return this == LOSS || this == DAMAGE;
    }
}
