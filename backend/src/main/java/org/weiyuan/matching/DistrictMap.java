package org.weiyuan.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The districts jobs and workers are in, with the straight-line distance between any two (km). */
public final class DistrictMap {

    public record District(String code, String nameZh, String nameEn, double lat, double lon) { }

    private final List<District> districts;
    private final Map<String, Integer> index = new HashMap<>();
    private final float[][] km;

    public DistrictMap(List<District> districts) {
        this.districts = List.copyOf(districts);
        int n = districts.size();
        km = new float[n][n];
        for (int i = 0; i < n; i++) {
            index.put(districts.get(i).code(), i);
            for (int j = 0; j < n; j++) {
                km[i][j] = (float) haversineKm(districts.get(i), districts.get(j));
            }
        }
    }

    /** Index of a district code, or -1 when unknown. */
    public int indexOf(String code) {
        Integer i = index.get(code);
        return i == null ? -1 : i;
    }

    public District get(int index) {
        return districts.get(index);
    }

    public int size() {
        return districts.size();
    }

    public List<District> all() {
        return districts;
    }

    public double km(int from, int to) {
        return km[from][to];
    }

    static double haversineKm(District a, District b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }
}
