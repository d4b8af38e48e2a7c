package com.luxestate.app.web;

import com.luxestate.platform.ProblemType;

import java.io.IOException;
import java.util.LinkedHashMap;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before any filter or servlet sees them: a request
 * line or header it cannot parse (an 8 KB header, a {@code %2F} or an invalid escape in
 * the path, a control character in a header). This valve, in place of Tomcat's HTML error
 * report, answers them with a problem and the security headers like every other error
 * (Spring Security, which writes those headers, never runs for them).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		var status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		var kind = ProblemType.forStatus(status);
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", kind.type().toString());
		problem.put("title", kind.title());
		problem.put("status", status);
		problem.put("detail", status >= 500 ? "Something went wrong on our side. The failure has been logged."
				: "The request could not be read: its request line or headers are malformed or too large.");
		try {
			response.resetBuffer();
			Problems.withSecurityHeaders(response);
			response.setContentType(Problems.PROBLEM_JSON.toString());
			response.setCharacterEncoding("UTF-8");
			var writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the answer already started: there is nothing left
			// to tell the client.
		}
	}

	/**
	 * Puts this valve in place of the error report valves Tomcat and Spring Boot give the
	 * host.
	 */
	@Component
	static class Installation implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
				if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
					replaceErrorReportValves(context.getParent());
				}
			}));
		}

		private static void replaceErrorReportValves(Container host) {
			for (var valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
					host.getPipeline().removeValve(valve);
				}
			}
			if (host instanceof org.apache.catalina.core.StandardHost standard) {
				standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
			if (java.util.Arrays.stream(host.getPipeline().getValves())
				.noneMatch(ProblemErrorReportValve.class::isInstance)) {
				host.getPipeline().addValve(new ProblemErrorReportValve());
			}
		}

	}

}
