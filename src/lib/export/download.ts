/** Saving files from the browser: a temporary link, clicked, then revoked. */
export function download(filename: string, data: Blob): void {
	const url = URL.createObjectURL(data);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const INLINE_STYLES = [
	'fill',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'font-size',
	'font-weight',
	'font-family'
];

/**
 * A standalone copy of an SVG on the page: the styles that the page's CSS gives each element are
 * written onto it, so the file looks the same outside the page.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [copy, ...copy.querySelectorAll('*')];
	originals.forEach((element, i) => {
		const style = getComputedStyle(element);
		const target = copies[i] as SVGElement;
		for (const property of INLINE_STYLES)
			target.style.setProperty(property, style.getPropertyValue(property));
	});
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	const box = svg.viewBox.baseVal;
	copy.setAttribute('width', String(Math.round(box.width * 500)));
	copy.setAttribute('height', String(Math.round(box.height * 500)));
	return new XMLSerializer().serializeToString(copy);
}

/** Renders SVG text to a PNG blob on a white background. */
export async function svgToPng(svgText: string, width: number, height: number): Promise<Blob> {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d')!;
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, width, height);
	context.drawImage(image, 0, 0, width, height);
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no image'))), 'image/png')
	);
}
