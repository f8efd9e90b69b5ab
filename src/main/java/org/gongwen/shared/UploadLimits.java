package org.gongwen.shared;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The server's own upload limits ({@code spring.servlet.multipart.*}): a file or request beyond
 * them is refused before the application sees it, so screens tell people before they upload and
 * the refusal names them. The application's limits (an attachment, a body PDF, a scan) sit below.
 */
@Component
public class UploadLimits {

    private final long maxFileSize;
    private final long maxRequestSize;

    public UploadLimits(ObjectProvider<MultipartConfigElement> multipart) {
        MultipartConfigElement config = multipart.getIfAvailable();
        this.maxFileSize = config == null ? -1 : config.getMaxFileSize();
        this.maxRequestSize = config == null ? -1 : config.getMaxRequestSize();
    }

    /** The largest file the server takes, -1 for no limit. */
    public long maxFileSize() {
        return maxFileSize;
    }

    /** The largest multipart request the server takes, -1 for no limit. */
    public long maxRequestSize() {
        return maxRequestSize;
    }

    /** The arguments of {@code error.uploadTooLarge}: the file and request limits as people read them. */
    public Object[] messageArgs() {
        return new Object[] {text(maxFileSize), text(maxRequestSize)};
    }

    private static String text(long limit) {
        return limit < 0 ? "—" : FileSizes.text(limit);
    }
}
