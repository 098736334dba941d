package org.weiyuan.app.ui;

import android.content.ActivityNotFoundException;
import android.content.Intent;
import android.net.Uri;
import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.core.content.FileProvider;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Money;
import org.weiyuan.app.core.Responses;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The donor's donations (我的捐赠): which wish each went to and what became of it (paid, refunded,
 * moved to the fund); the receipt (捐赠收据, a PDF) of each paid one; tapping a wish shows where
 * its money went and the family's thank-you.
 */
public class DonationsActivity extends Screen {

    static final String FILES_AUTHORITY = "org.weiyuan.app.files";

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_donations);
        loadList(api::myDonations, this::show);
    }

    private void show(List<Responses.Pledge> pledges) {
        LinearLayout list = findViewById(R.id.donations_list);
        list.removeAllViews();
        if (pledges.isEmpty()) {
            status(getString(R.string.donations_empty));
        }
        for (Responses.Pledge p : pledges) {
            View row = getLayoutInflater().inflate(R.layout.item_donation, list, false);
            TextView wish = row.findViewById(R.id.donation_wish);
            wish.setText(p.wishTitle == null ? getString(R.string.donation_wish_unknown) : p.wishTitle);
            String wishId = p.wishId;
            wish.setOnClickListener(v -> startActivity(new Intent(this, WishActivity.class).putExtra(WishActivity.EXTRA_ID, wishId)));
            String created = p.createdAt;
            ((TextView) row.findViewById(R.id.donation_facts)).setText(getString(R.string.donation_row,
                    Money.yuan(p.amountFen), label("pledge_status_", p.status),
                    created.length() >= 10 ? created.substring(0, 10) : ""));
            if ("PAID".equals(p.status)) {
                View receipt = row.findViewById(R.id.donation_receipt);
                receipt.setVisibility(View.VISIBLE);
                String pledgeId = p.id;
                receipt.setContentDescription(getString(R.string.donation_receipt_for, wish.getText()));
                receipt.setOnClickListener(v -> {
                    status(getString(R.string.donation_receipt_loading));
                    background.run(() -> save(pledgeId, api.receipt(pledgeId)), this::open, this::status);
                });
            }
            if ("HELD".equals(p.status) && p.paymentReference != null) {
                continuePaying(row.findViewById(R.id.donation_pay), wish.getText(), p.paymentReference);
            }
            list.addView(row);
        }
    }

    /**
     * 继续支付: a pledge made but not paid (the app was closed, the payment page left) is paid from here
     * with its own payment reference, so no second pledge is made; the list then shows what the server has.
     */
    private void continuePaying(View pay, CharSequence wishTitle, String reference) {
        pay.setVisibility(View.VISIBLE);
        pay.setContentDescription(getString(R.string.donation_pay_for, wishTitle));
        pay.setOnClickListener(v -> {
            pay.setEnabled(false);
            status(getString(R.string.donation_paying));
            background.run(() -> {
                api.payInSandbox(reference);
                return api.myDonations();
            }, pledges -> {
                show(pledges);
                status(getString(R.string.donation_paid));
            }, message -> {
                pay.setEnabled(true);
                status(message);
            });
        });
    }

    /** Keeps the receipt in the app's cache (the viewer reads it through the FileProvider). */
    private File save(String pledgeId, byte[] pdf) throws IOException {
        File dir = new File(getCacheDir(), "receipts");
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IOException("cannot create " + dir);
        }
        File file = new File(dir, "weiyuan-receipt-" + pledgeId + ".pdf");
        try (FileOutputStream out = new FileOutputStream(file)) {
            out.write(pdf);
        }
        return file;
    }

    private void open(File receipt) {
        Uri uri = FileProvider.getUriForFile(this, FILES_AUTHORITY, receipt);
        Intent view = new Intent(Intent.ACTION_VIEW).setDataAndType(uri, "application/pdf")
                .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION);
        try {
            startActivity(view);
            findViewById(R.id.donations_status).setVisibility(View.GONE);
        } catch (ActivityNotFoundException e) {
            status(getString(R.string.donation_receipt_no_viewer));
        }
    }

    @Override
    protected int statusViewId() {
        return R.id.donations_status;
    }

}
