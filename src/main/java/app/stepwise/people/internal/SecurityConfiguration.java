package app.stepwise.people.internal;

import app.stepwise.audit.AuditLog;
import app.stepwise.people.ui.LoginView;
import app.stepwise.shared.web.SignedInPaths;
import java.util.List;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // the command-line tools run without a web server
@EnableWebSecurity
@EnableMethodSecurity // services use @PreAuthorize; views keep @RolesAllowed for navigation only (no view proxies)
class SecurityConfiguration {
    /**
     * Vaadin's client needs inline and eval'd script; everything else is locked to our own origin.
     * Rendered process docs are sanitised as well, this is the second line of defence.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager signIn, PersonRepository people,
                                            List<SignedInPaths> modulePaths, ApiTokenAuthenticator apiTokens) throws Exception {
        String[] signedIn = modulePaths.stream().flatMap(paths -> paths.patterns().stream()).toArray(String[]::new);
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/styles/**", "/icons/**", "/images/**").permitAll();
            if (signedIn.length > 0) {
                requests.requestMatchers(signedIn).authenticated(); // paths modules serve outside Vaadin
            }
        });
        http.authenticationManager(signIn);
        http.addFilterAfter(new SessionValidityFilter(people), SecurityContextHolderFilter.class);
        // APIs: a personal token instead of a session, and a 401 instead of the sign-in page.
        http.addFilterBefore(new BearerTokenFilter(apiTokens), AnonymousAuthenticationFilter.class);
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(new ApiAuthenticationEntryPoint(),
                PathPatternRequestMatcher.withDefaults().matcher(BearerTokenFilter.API_PREFIX + "**")));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        // The failure handler is set on the filter itself so Vaadin's login configuration cannot replace it;
        // naming the login page keeps Spring Security from generating its own.
        http.formLogin(form -> form.loginPage("/login").withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(new SignInFailureHandler());
                return filter;
            }
        }));
        // An address that is no route (a typo, an old bookmark) reaches Vaadin's not-found view for signed-in people
        // instead of the browser's bare 403; each view's own access annotation is still checked there.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /** The only way in: our throttled provider, with no parent manager that could retry a refused attempt. */
    @Bean
    AuthenticationManager authenticationManager(PersonRepository people, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle, AuditLog auditLog) {
        var passwordCheck = new DaoAuthenticationProvider(new PersonUserDetailsService(people));
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwordCheck, throttle, auditLog));
    }

}
