package org.weiyuan.app.push;

import android.content.Context;
import android.content.SharedPreferences;

import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Sends this phone's push token to the backend (fcm flavour), as the signed-in user. */
final class DeviceRegistration {

    private DeviceRegistration() { }

    static void register(Context context, String json) throws Exception {
        SharedPreferences prefs = context.getSharedPreferences("weiyuan", Context.MODE_PRIVATE);
        String token = prefs.getString("access_token", null);
        if (token == null) {
            return; // registered after sign-in
        }
        HttpURLConnection c = (HttpURLConnection) new URL(prefs.getString("server", "http://10.0.2.2:8080")
                + "/api/v1/devices").openConnection();
        c.setRequestMethod("PUT");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        c.setRequestProperty("Authorization", "Bearer " + token);
        c.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        c.getResponseCode();
        c.disconnect();
    }
}
