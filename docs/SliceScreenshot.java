import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Cuts a tall screenshot into pages of at most HEIGHT pixels (default 2600), written next to it
 * as NAME-1.png, NAME-2.png, ..., so that each page can be looked at in an image viewer.
 * Usage: java docs/SliceScreenshot.java SHOT.png [HEIGHT]
 */
public class SliceScreenshot {
    public static void main(String[] args) throws Exception {
        File in = new File(args[0]);
        int height = args.length > 1 ? Integer.parseInt(args[1]) : 2600;
        BufferedImage image = ImageIO.read(in);
        String stem = in.getPath().replaceFirst("\\.png$", "");
        int pages = (image.getHeight() + height - 1) / height;
        for (int i = 0; i < pages; i++) {
            int y = i * height;
            int h = Math.min(height, image.getHeight() - y);
            ImageIO.write(image.getSubimage(0, y, image.getWidth(), h), "png", new File(stem + "-" + (i + 1) + ".png"));
        }
        System.out.println(pages + " page(s): " + stem + "-1.png ...");
    }
}
