package org.weiyuan.app.ui;

import android.app.Activity;
import android.content.ActivityNotFoundException;
import android.content.Intent;
import android.net.Uri;
import android.os.Bundle;
import android.provider.MediaStore;

import androidx.core.content.FileProvider;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.UUID;

/**
 * A photo for staff's work in the field (a home visit, a disbursement's proof): taken with the
 * phone's camera app (ACTION_IMAGE_CAPTURE into a file of the app's cache, shared with that app
 * through the FileProvider, so the full photo arrives, not a thumbnail) or picked from the gallery,
 * then made small ({@link Photos}) and kept in the cache. Which file the camera writes to is kept in
 * the saved state: a phone that kills the app while the camera is open loses nothing.
 */
final class CameraPhoto {

    static final int TAKE = 51;
    static final int PICK = 52;
    static final String FOLDER = "camera";
    private static final String PENDING = "camera.pending";

    private static final String KEPT = "camera.kept";

    /** Where the screen says what went wrong (its status line). */
    interface Say {
        void say(String text);
    }

    private final Activity activity;
    private final android.widget.ImageView preview;
    private final android.widget.TextView state;
    private final Say say;
    /** The file the camera app was asked to write, until its answer comes. */
    private String pending;
    /** The photo made small, ready to upload (null: none yet). */
    private String kept;

    /** The photo of a screen: its preview, the line saying whether there is one, the take and pick buttons. */
    CameraPhoto(Activity activity, Bundle saved, android.widget.ImageView preview, android.widget.TextView state,
                android.view.View take, android.view.View pick, Say say) {
        this.activity = activity;
        this.preview = preview;
        this.state = state;
        this.say = say;
        pending = saved == null ? null : saved.getString(PENDING);
        kept = saved == null ? null : saved.getString(KEPT);
        if (kept != null && !new File(kept).isFile()) {
            kept = null; // the cache was cleared meanwhile
        }
        take.setOnClickListener(v -> {
            try {
                if (!take()) {
                    say.say(activity.getString(org.weiyuan.app.R.string.photo_no_camera));
                }
            } catch (IOException e) {
                say.say(activity.getString(org.weiyuan.app.R.string.photo_unreadable));
            }
        });
        pick.setOnClickListener(v -> pick());
        show();
    }

    void save(Bundle out) {
        out.putString(PENDING, pending);
        out.putString(KEPT, kept);
    }

    /** The photo ready to upload (made small), or null. */
    String kept() {
        return kept;
    }

    /** The kept photo's bytes to upload (off the main thread); an IOException when it is gone (the cache was cleared). */
    static byte[] bytes(String kept) throws IOException {
        byte[] jpeg = kept == null ? null : read(kept);
        if (jpeg == null) {
            throw new IOException("the photo is gone");
        }
        return jpeg;
    }

    /** The photo was uploaded: the screen is ready for another. */
    void sent() {
        delete(kept);
        kept = null;
        show();
    }

    /** Takes an activity's result if it is this helper's; true then. */
    boolean taken(int requestCode, int resultCode, Intent data) {
        if (!ours(requestCode)) {
            return false;
        }
        try {
            String made = result(requestCode, resultCode, data);
            if (made != null) {
                delete(kept); // a new photo replaces the one before
                kept = made;
            }
        } catch (IOException e) {
            say.say(activity.getString(org.weiyuan.app.R.string.photo_unreadable));
        }
        show();
        return true;
    }

    private void show() {
        state.setText(kept == null ? org.weiyuan.app.R.string.photo_none : org.weiyuan.app.R.string.photo_ready);
        if (kept == null) {
            preview.setImageDrawable(null);
            preview.setVisibility(android.view.View.GONE);
        } else {
            preview.setImageBitmap(android.graphics.BitmapFactory.decodeFile(kept));
            preview.setContentDescription(state.getText());
            preview.setVisibility(android.view.View.VISIBLE);
        }
    }

    /** Opens the camera app; false when the phone has none (then the gallery is the way). */
    boolean take() throws IOException {
        File file = new File(folder(), UUID.randomUUID() + ".jpg");
        Uri uri = FileProvider.getUriForFile(activity, DonationsActivity.FILES_AUTHORITY, file);
        Intent capture = new Intent(MediaStore.ACTION_IMAGE_CAPTURE).putExtra(MediaStore.EXTRA_OUTPUT, uri)
                .addFlags(Intent.FLAG_GRANT_WRITE_URI_PERMISSION | Intent.FLAG_GRANT_READ_URI_PERMISSION);
        try {
            activity.startActivityForResult(capture, TAKE);
        } catch (ActivityNotFoundException e) {
            return false;
        }
        pending = file.getPath();
        return true;
    }

    /** Opens the gallery (or any app that gives an image). */
    void pick() {
        activity.startActivityForResult(new Intent(Intent.ACTION_GET_CONTENT).setType("image/*").addCategory(Intent.CATEGORY_OPENABLE), PICK);
    }

    /** Whether an activity result is this helper's. */
    static boolean ours(int requestCode) {
        return requestCode == TAKE || requestCode == PICK;
    }

    /**
     * The photo an answer brought, made small and kept in the cache: its path; null when the user
     * went back without one. An unreadable image is an IOException.
     */
    String result(int requestCode, int resultCode, Intent data) throws IOException {
        String taken = pending;
        if (requestCode == TAKE) {
            pending = null;
        }
        if (resultCode != Activity.RESULT_OK) {
            delete(taken);
            return null;
        }
        byte[] small;
        try {
            if (requestCode == TAKE && taken != null) {
                byte[] full = read(taken);
                delete(taken);
                if (full == null || full.length == 0) {
                    return null; // the camera app said OK and wrote nothing
                }
                small = Photos.compress(full);
            } else if (requestCode == PICK && data != null && data.getData() != null) {
                small = Photos.readSmall(activity.getContentResolver(), data.getData());
            } else {
                return null;
            }
        } catch (IllegalArgumentException notAnImage) {
            throw new IOException(notAnImage);
        }
        File out = new File(folder(), "small-" + UUID.randomUUID() + ".jpg");
        try (FileOutputStream stream = new FileOutputStream(out)) {
            stream.write(small);
        }
        return out.getPath();
    }

    private File folder() throws IOException {
        File dir = new File(activity.getCacheDir(), FOLDER);
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IOException("no cache folder");
        }
        return dir;
    }

    private static void delete(String path) {
        if (path != null && new File(path).exists() && !new File(path).delete()) {
            new File(path).deleteOnExit();
        }
    }

    /** A kept photo's bytes (null when it is gone, e.g. the cache was cleared). */
    static byte[] read(String path) throws IOException {
        File f = new File(path);
        if (!f.isFile()) {
            return null;
        }
        try (java.io.RandomAccessFile in = new java.io.RandomAccessFile(f, "r")) {
            byte[] bytes = new byte[(int) in.length()];
            in.readFully(bytes);
            return bytes;
        }
    }
}
