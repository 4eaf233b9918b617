package io.wireform.netty.serverdiff;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * What one client sends, made from one seed: valid request frames of a {@link Sample}, bad bytes
 * spliced in at random places (garbage, a header announcing an oversize frame), sometimes cut
 * short inside the last frame, and the chunks the client writes it in (all at once, a byte at a
 * time, or random sizes).
 *
 * @param chunks the size of each write, adding up to the stream's length
 */
record Stream(long seed, Sample<?, ?> sample, byte[] bytes, int[] chunks, String description) {
    /** A stream written a byte at a time is kept short: every byte costs a system call on each side. */
    private static final int BYTE_AT_A_TIME_LIMIT = 700;
    private static final int LIMIT = 4000;

    static Stream of(long seed) {
        Random random = new Random(seed);
        Sample<?, ?> sample = Sample.ALL.get(random.nextInt(Sample.ALL.size()));
        List<String> told = new ArrayList<>();

        int mode = random.nextInt(8); // 0: all at once, 1: a byte at a time, else random sizes
        int limit = mode == 1 ? BYTE_AT_A_TIME_LIMIT : LIMIT;
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        List<Integer> boundaries = new ArrayList<>(List.of(0));
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count && (i == 0 || frames.size() < limit); i++) {
            frames.writeBytes(sample.frame(random));
            boundaries.add(frames.size());
        }
        told.add(sample.name() + ": " + (boundaries.size() - 1) + " frames (" + frames.size() + " bytes)");
        byte[] bytes = frames.toByteArray();

        // 0, 1 or 2 splices, at a frame boundary or anywhere, the later ones first so that places hold
        int splices = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2);
        int[] places = new int[splices];
        for (int i = 0; i < splices; i++) {
            places[i] = random.nextBoolean() ? boundaries.get(random.nextInt(boundaries.size()))
                    : random.nextInt(bytes.length + 1);
        }
        Arrays.sort(places);
        int lastFrameStart = boundaries.get(boundaries.size() - 2);
        for (int i = splices - 1; i >= 0; i--) {
            boolean garbage = random.nextInt(5) < 3;
            byte[] bad = garbage ? sample.garbage(random) : sample.oversize(random);
            told.add((garbage ? "garbage " : "oversize header ") + HexFormat.of().formatHex(bad, 0, Math.min(bad.length, 12))
                    + (bad.length > 12 ? "... (" + bad.length + " bytes)" : "") + " at " + places[i]);
            bytes = splice(bytes, places[i], bad);
            if (places[i] <= lastFrameStart) {
                lastFrameStart += bad.length;
            }
        }

        // cut short inside the last frame: the end of the stream is then a frame cut short
        int lastFrame = bytes.length - lastFrameStart;
        if (random.nextInt(10) < 3 && lastFrame > 1) {
            int cut = 1 + random.nextInt(lastFrame - 1);
            bytes = Arrays.copyOf(bytes, bytes.length - cut);
            told.add("cut " + cut + " bytes short");
        }

        int[] chunks;
        if (mode == 0) {
            chunks = new int[] {bytes.length};
            told.add("written at once");
        } else if (mode == 1) {
            chunks = new int[bytes.length];
            Arrays.fill(chunks, 1);
            told.add("written a byte at a time");
        } else {
            int most = new int[] {2, 7, 31, 200, 1500}[random.nextInt(5)];
            List<Integer> sizes = new ArrayList<>();
            for (int left = bytes.length; left > 0; ) {
                int size = Math.min(left, 1 + random.nextInt(most));
                sizes.add(size);
                left -= size;
            }
            chunks = sizes.stream().mapToInt(Integer::intValue).toArray();
            told.add("written in " + chunks.length + " chunks of 1.." + most + " bytes");
        }
        return new Stream(seed, sample, bytes, chunks, String.join(", ", told));
    }

    private static byte[] splice(byte[] bytes, int at, byte[] bad) {
        byte[] spliced = new byte[bytes.length + bad.length];
        System.arraycopy(bytes, 0, spliced, 0, at);
        System.arraycopy(bad, 0, spliced, at, bad.length);
        System.arraycopy(bytes, at, spliced, at + bad.length, bytes.length - at);
        return spliced;
    }

    @Override
    public String toString() {
        return "stream " + Long.toHexString(seed) + " (" + description + ")";
    }
}
