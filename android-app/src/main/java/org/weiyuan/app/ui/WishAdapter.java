package org.weiyuan.app.ui;

import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;

import androidx.recyclerview.widget.RecyclerView;

import com.google.android.material.progressindicator.LinearProgressIndicator;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Money;
import org.weiyuan.app.core.WishCard;

import java.util.ArrayList;
import java.util.List;

/** Wish cards: title, district, a progress bar, and what is raised of the target; read whole by TalkBack. */
final class WishAdapter extends RecyclerView.Adapter<WishAdapter.Holder> {

    interface OnOpen {
        void open(WishCard wish);
    }

    private final List<WishCard> items = new ArrayList<>();
    private final OnOpen onOpen;

    WishAdapter(OnOpen onOpen) {
        this.onOpen = onOpen;
    }

    void submit(List<WishCard> cards) {
        items.clear();
        items.addAll(cards);
        notifyDataSetChanged();
    }

    @Override
    public Holder onCreateViewHolder(ViewGroup parent, int viewType) {
        return new Holder(LayoutInflater.from(parent.getContext()).inflate(R.layout.item_wish, parent, false));
    }

    @Override
    public void onBindViewHolder(Holder h, int position) {
        WishCard w = items.get(position);
        h.title.setText(w.title);
        h.district.setText(w.district);
        h.progress.setProgressCompat(w.progressPercent, false);
        h.amounts.setText(h.itemView.getContext().getString(R.string.wish_progress, Money.yuan(w.pledgedFen), Money.yuan(w.targetFen)));
        h.itemView.setOnClickListener(v -> onOpen.open(w));
        h.itemView.setContentDescription(h.itemView.getContext().getString(R.string.wish_progress_description, w.title,
                w.progressPercent));
    }

    @Override
    public int getItemCount() {
        return items.size();
    }

    static final class Holder extends RecyclerView.ViewHolder {
        final TextView title;
        final TextView district;
        final LinearProgressIndicator progress;
        final TextView amounts;

        Holder(View v) {
            super(v);
            title = v.findViewById(R.id.title);
            district = v.findViewById(R.id.district);
            progress = v.findViewById(R.id.progress);
            amounts = v.findViewById(R.id.amounts);
        }
    }
}
