/**
 * A video of QR codes for Chromium's fake camera (`--use-file-for-fake-video-capture`): Y4M
 * (YUV4MPEG2), 4:2:0, each text's code shown centred on white for `framesEach` frames in turn.
 * Chromium plays the file in a loop, so the camera shows the codes one after another for ever.
 * @see https://wiki.multimedia.cx/index.php/YUV4MPEG2
 */
import { qrPicture, qrScaleFor } from '../src/lib/testing/qr-picture';

export interface VideoOptions {
	readonly width?: number;
	readonly height?: number;
	readonly fps?: number;
	readonly framesEach?: number;
}

export function qrVideo(
	texts: readonly string[],
	{ width = 640, height = 480, fps = 5, framesEach = 8 }: VideoOptions = {}
): Buffer {
	const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
	// No colour: both chroma planes at their middle value, a quarter of the pixels each.
	const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
	const frames = texts.map((text) =>
		Buffer.concat([Buffer.from('FRAME\n'), luma(text, width, height), chroma])
	);
	return Buffer.concat([header, ...frames.flatMap((frame) => Array(framesEach).fill(frame))]);
}

/** The frame's brightness plane: white, with the code as large as fits in the middle. */
function luma(text: string, width: number, height: number): Buffer {
	const scale = qrScaleFor(text, Math.min(width, height));
	if (scale < 2) throw new RangeError(`qrVideo: the code for ${text.length} characters is too big`);
	const { side, grey } = qrPicture(text, scale);
	const plane = Buffer.alloc(width * height, 255);
	const top = Math.floor((height - side) / 2);
	const left = Math.floor((width - side) / 2);
	for (let y = 0; y < side; y++) {
		plane.set(grey.subarray(y * side, (y + 1) * side), (top + y) * width + left);
	}
	return plane;
}
