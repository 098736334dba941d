package org.weiyuan.wish;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One line of a goods wish: what, how many, at what unit price (staff may correct the price). */
@Entity
@Table(name = "wish_item")
public class WishItem {

    @Id
    public UUID id;
    public UUID wishId;
    public int position;
    public String name;
    public int quantity;
    public long unitPriceFen;

    public long totalFen() {
        return Math.multiplyExact(unitPriceFen, (long) quantity);
    }
}
