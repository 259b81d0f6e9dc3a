package fi.kohtaanto.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	static final String VIEW_LOGIN = "accounts/login";

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String disabled, Model model) {
		model.addAttribute("loginError", error != null);
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("accountDisabled", disabled != null);
		return VIEW_LOGIN;
	}

}
