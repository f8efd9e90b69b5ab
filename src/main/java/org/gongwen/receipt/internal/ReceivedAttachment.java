package org.gongwen.receipt.internal;

/**
 * An attachment of a received document as its recipient sees it (A11.3).
 *
 * @param number     its number in the 附件说明, from 1
 * @param carriedAs  how it reached the recipient
 * @param intact     for a separate file listed in the signed layout, whether the stored file still has
 *                   the listed size and SHA-256; null when the seal's signature itself covers it (pages of
 *                   the layout), when it is on paper, or when the layout lists no digest for it
 * @param deliveredBy for an attachment on paper, the unit that is to deliver it (the sender); else null
 */
public record ReceivedAttachment(
        long id,
        int number,
        String name,
        String mediaType,
        long sizeBytes,
        Carriage carriedAs,
        Boolean intact,
        String deliveredBy) {

    /** How an attachment travels. */
    public enum Carriage {
        /** Laid out as pages of the signed layout, after the signature block. */
        LAYOUT_PAGES,
        /** A file beside the layout, whose digest the signed layout lists. */
        SEPARATE_FILE,
        /** 纸质送达: too large to transmit, delivered on paper by the sender. */
        PAPER
    }

    public boolean downloadable() {
        return carriedAs != Carriage.PAPER;
    }
}
