package th.ita.bot.complaint;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.ita.survey.complaint.ComplaintDesk;

/**
 * Serves an evidence photo to whoever holds a valid signed link (staff get them in the chat).
 * Every failure is the same 404: a guess learns nothing.
 */
@RestController
class ComplaintPhotoController {

	private final PhotoLinks links;

	private final ComplaintDesk desk;

	ComplaintPhotoController(PhotoLinks links, ComplaintDesk desk) {
		this.links = links;
		this.desk = desk;
	}

	@GetMapping(PhotoLinks.PATH + "{complaintId}/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable String complaintId, @PathVariable String photoId,
			@RequestParam(name = "exp", defaultValue = "0") long expires,
			@RequestParam(name = "sig", required = false) String signature) {
		if (!links.valid(complaintId, photoId, expires, signature)) {
			return ResponseEntity.notFound().build();
		}
		return desk.photo(complaintId, photoId)
			.map(bytes -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.noStore().cachePrivate())
				.header("X-Content-Type-Options", "nosniff")
				.header("Referrer-Policy", "no-referrer")
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"evidence.jpg\"")
				.body(bytes))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
