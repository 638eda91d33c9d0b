package fi.huoltopolku.visit;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Photos of extra work from the tablet's camera: a JPEG or PNG of at most {@value #MAX_UPLOAD} bytes
 * and {@value #MAX_PIXELS} pixels is scaled down to {@value #MAX_EDGE} px on its long edge and stored
 * as a JPEG with the line (a few hundred kB), at most {@value #MAX_PER_LINE} a line.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class ExtraWorkPhotos {

    public static final int MAX_UPLOAD = 12 * 1024 * 1024;
    static final long MAX_PIXELS = 50_000_000L;
    static final int MAX_EDGE = 1600;
    static final int MAX_PER_LINE = 6;

    private final ExtraWorkPhotoRepository photos;
    private final ExtraWorkRepository lines;
    private final WorkshopClock clock;
    private final ExtraWorkService extraWork;

    ExtraWorkPhotos(ExtraWorkPhotoRepository photos, ExtraWorkRepository lines, WorkshopClock clock,
            ExtraWorkService extraWork) {
        this.extraWork = extraWork;
        this.photos = photos;
        this.lines = lines;
        this.clock = clock;
    }

    /** Stores a photo with the line; refused, naming why, when it is not a photo, too large, or one too many. */
    @Transactional
    public long attach(long lineId, byte[] image, Actor actor) {
        ExtraWork line = lines.findById(lineId).orElseThrow(() -> Problem.notFound("extraWork.noSuchLine", lineId));
        if (image.length > MAX_UPLOAD) {
            throw Problem.invalid("photo", "extraWork.photoTooLarge", MAX_UPLOAD / (1024 * 1024));
        }
        if (photos.countByExtraWorkId(line.id()) >= MAX_PER_LINE) {
            throw Problem.invalid("photo", "extraWork.tooManyPhotos", MAX_PER_LINE);
        }
        BufferedImage scaled = scaled(read(image));
        byte[] jpeg = jpeg(scaled);
        return photos.save(new ExtraWorkPhoto(null, line.id(), "image/jpeg", scaled.getWidth(), scaled.getHeight(),
                jpeg, clock.now(), actor.name())).id();
    }

    /** The photos of these lines (without their bytes). */
    @Transactional
    public List<ExtraWorkPhoto.Info> of(Collection<Long> lineIds) {
        return lineIds.isEmpty() ? List.of() : photos.findByExtraWorkIdInOrderById(lineIds);
    }

    /**
     * Flags a line of extra work with the photos taken of it: the line and its photos are saved
     * together, or neither (a photo refused names why, and nothing is flagged).
     */
    @Transactional
    public long flag(long visitId, @Nullable String description,
            @Nullable String reason, Urgency urgency, List<byte[]> images, Actor actor) {
        long line = extraWork.flagExtraWork(visitId, description, reason, urgency, actor);
        images.forEach(image -> attach(line, image, actor));
        return line;
    }

    /** A stored photo. */
    @Transactional
    public Optional<ExtraWorkPhoto> photo(long photoId) {
        return photos.findById(photoId);
    }

    /**
     * Refuses, naming its size, a picture of more than {@value #MAX_PIXELS} pixels, reading only its header (the
     * form asks at upload, so the technician hears it by the field at once, not when saving).
     */
    public static void checkPixels(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            var readers = in == null ? Collections.<ImageReader>emptyIterator() : ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    int width = reader.getWidth(0);
                    int height = reader.getHeight(0);
                    if ((long) width * height > MAX_PIXELS) {
                        throw Problem.invalid("photo", "extraWork.photoTooManyPixels", width, height,
                                MAX_PIXELS / 1_000_000);
                    }
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem problem) {
                throw problem;
            }
            // Not readable as a picture: the save names that (notAPhoto).
        }
    }

    /** The image, read only after its size in pixels is known to be sane (a small file can claim a huge picture). */
    private static BufferedImage read(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            var readers = in == null ? Collections.<ImageReader>emptyIterator() : ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("jpeg") && !format.equals("png")) {
                    continue;
                }
                try {
                    reader.setInput(in, true, true);
                    int width = reader.getWidth(0);
                    int height = reader.getHeight(0);
                    if ((long) width * height > MAX_PIXELS) {
                        // A small file can claim a huge picture: the reason is its size in pixels, not in bytes.
                        throw Problem.invalid("photo", "extraWork.photoTooManyPixels", width, height,
                                MAX_PIXELS / 1_000_000);
                    }
                    return reader.read(0);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem problem) {
                throw problem;
            }
        }
        throw Problem.invalid("photo", "extraWork.notAPhoto");
    }

    private static BufferedImage scaled(BufferedImage image) {
        int edge = Math.max(image.getWidth(), image.getHeight());
        double factor = edge <= MAX_EDGE ? 1 : (double) MAX_EDGE / edge;
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
