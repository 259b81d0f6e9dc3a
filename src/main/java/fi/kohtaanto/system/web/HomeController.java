package fi.kohtaanto.system.web;

import fi.kohtaanto.accounts.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW_HOME = "home";

	@GetMapping("/")
	String home(CurrentUser user) {
		if (user.worksWithClients()) {
			return "redirect:/clients";
		}
		return VIEW_HOME;
	}

}
