package org.gongwen.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Gives an Upload its texts in the user's language instead of the component's English defaults,
 * and the server's own message when it refuses an upload.
 */
public final class UploadTexts {

    private UploadTexts() {}

    public static Upload translate(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(upload.getTranslation("upload.addFile"))
                .setMany(upload.getTranslation("upload.addFiles")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(upload.getTranslation("upload.dropFile"))
                .setMany(upload.getTranslation("upload.dropFiles")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(upload.getTranslation("upload.error.tooMany"))
                .setFileIsTooBig(upload.getTranslation("upload.error.tooBig"))
                .setIncorrectFileType(upload.getTranslation("upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(upload.getTranslation("upload.connecting"))
                        .setStalled(upload.getTranslation("upload.stalled"))
                        .setProcessing(upload.getTranslation("upload.processing"))
                        .setHeld(upload.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining"))
                        .setUnknown(upload.getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(upload.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(upload.getTranslation("upload.error.server"))
                        .setForbidden(upload.getTranslation("upload.error.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        upload.setI18n(i18n);
        // the component shows "no permission" for every 4xx; a refusal the server explains in the
        // application's JSON error (a 413 beyond the upload limits, say) shows that message instead
        upload.getElement().executeJs("""
                if (!this.__gongwenServerMessages) {
                  this.__gongwenServerMessages = true;
                  this.addEventListener('upload-error', e => {
                    try {
                      const message = JSON.parse(e.detail.xhr.responseText).message;
                      if (message) {
                        e.detail.file.error = message;
                      }
                    } catch (notJson) {
                      // keep the component's own text
                    }
                  });
                }""");
        return upload;
    }
}
