package org.weiyuan.app.ui;

import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.widget.TextView;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Money;
import org.weiyuan.app.core.StaffWish;


/**
 * Staff photograph a disbursement's proof (拨付凭证: the receipt, the transfer slip, the note the
 * household signed) where the help is handed over, with the camera app or from the gallery, and
 * upload it to the funded wish ({@code POST /api/v1/wishes/{id}/proofs}). An upload is not queued:
 * offline, the photo stays on the screen (and across a rotation or a killed process) and the network
 * failure is said. A proof the server recognises as one uploaded before is said too.
 */
public class ProofActivity extends Screen {

    static final String EXTRA_ID = "wishId";
    static final String EXTRA_TITLE = "title";
    static final String EXTRA_TARGET = "targetFen";
    static final String EXTRA_STATUS = "status";

    private String wishId;
    private CameraPhoto photo;

    static Intent intent(Context context, StaffWish w) {
        return new Intent(context, ProofActivity.class).putExtra(EXTRA_ID, w.id).putExtra(EXTRA_TITLE, w.title)
                .putExtra(EXTRA_TARGET, w.targetFen).putExtra(EXTRA_STATUS, w.status);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_proof);
        wishId = getIntent().getStringExtra(EXTRA_ID);
        ((TextView) findViewById(R.id.proof_for)).setText(getString(R.string.proof_for, getIntent().getStringExtra(EXTRA_TITLE),
                Money.yuan(getIntent().getLongExtra(EXTRA_TARGET, 0)), label("staff_wish_status_", getIntent().getStringExtra(EXTRA_STATUS))));
        photo = new CameraPhoto(this, savedInstanceState, findViewById(R.id.proof_photo), findViewById(R.id.proof_photo_state),
                findViewById(R.id.proof_take_photo), findViewById(R.id.proof_pick_photo), this::status);
        findViewById(R.id.proof_upload).setOnClickListener(v -> upload());
        ready();
    }

    /** The upload button is there to press once there is a photo. */
    private void ready() {
        findViewById(R.id.proof_upload).setEnabled(photo.kept() != null);
    }

    private void upload() {
        String kept = photo.kept();
        findViewById(R.id.proof_upload).setEnabled(false);
        status(getString(R.string.proof_uploading));
        background.run(() -> api.uploadProof(wishId, CameraPhoto.bytes(kept)), wish -> {
            photo.sent();
            int proofs = wish.photos("DISBURSEMENT_PROOF").size();
            boolean reused = proofs > 0 && wish.photos("DISBURSEMENT_PROOF").get(proofs - 1).reusedPhotoId != null;
            status(getString(R.string.proof_uploaded, proofs) + (reused ? "\n" + getString(R.string.proof_reused) : ""));
            setResult(RESULT_OK);
            ready();
        }, message -> {
            status(message);
            ready();
        });
    }

    @Override
    protected void status(String text) {
        super.status(text);
        StaffViews.showTop(this, R.id.proof_scroll);
    }

    @Override
    protected void onActivityResult(int requestCode, int resultCode, Intent data) {
        super.onActivityResult(requestCode, resultCode, data);
        if (photo.taken(requestCode, resultCode, data)) {
            ready();
        }
    }

    @Override
    protected void onSaveInstanceState(Bundle out) {
        super.onSaveInstanceState(out);
        photo.save(out);
    }

    @Override
    protected int statusViewId() {
        return R.id.proof_status;
    }
}
