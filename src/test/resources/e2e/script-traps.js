// Runs in <head> before any rendered fragment is parsed, so every way a payload could run script or leave the page
// is already trapped when the first fragment arrives. The harness never calls a trapped function itself, and never
// uses inline handlers, so anything recorded came from a payload.
(function () {
    'use strict';

    const FORBIDDEN_PROTOCOLS = ['javascript:', 'vbscript:', 'livescript:', 'data:'];
    const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster',
        'background', 'lowsrc', 'dynsrc', 'codebase', 'cite', 'longdesc', 'ping', 'manifest', 'icon', 'to', 'from',
        'values'];
    const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'data', 'poster', 'cite', 'codeBase'];
    const ACTIVE_ELEMENTS = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'style',
        'form', 'portal', 'meta'];

    // Trapped calls, one entry per call site and argument: a handler on window runs for every bubbling test event.
    const fired = new Map();
    let firedCount = 0;
    const clicks = [];
    const submits = [];
    // The section being exercised: a firing during its events is attributed to it even if the call names no payload.
    let exercising = null;

    function record(argument, via) {
        firedCount++;
        const text = argument === undefined ? '' : String(argument);
        const key = via + '(' + text + ')';
        const earlier = fired.get(key);
        if (earlier) {
            earlier.count++;
        } else {
            fired.set(key, {argument: text, via: via, during: exercising, count: 1});
        }
    }

    function trap(target, name, via) {
        Object.defineProperty(target, name, {
            value: function (argument) {
                record(argument, via);
            },
            writable: false,
            configurable: false
        });
    }

    ['alert', 'confirm', 'prompt', 'print', 'open', '__xss'].forEach(name => trap(window, name, name));
    trap(window, 'fetch', 'fetch');
    trap(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
    trap(navigator, 'sendBeacon', 'navigator.sendBeacon');
    // document.open would replace the whole page, harness included; inline handlers reach it before window.open.
    ['open', 'write', 'writeln'].forEach(name => trap(Document.prototype, name, 'document.' + name));
    ['log', 'info', 'warn', 'error', 'debug'].forEach(name => trap(console, name, 'console.' + name));
    Object.defineProperty(window, '__xssFired', {get: () => firedCount, configurable: false});
    // Nested documents (data: URLs, srcdoc) cannot reach top.__xss from another origin, but can post a message.
    window.addEventListener('message', event => {
        if (typeof event.data === 'string' && event.data.startsWith('__xss:')) {
            record(event.data.substring('__xss:'.length), 'postMessage from a nested document');
        }
    });

    function payloadOf(node) {
        for (let current = node; current;) {
            if (current instanceof Element) {
                const section = current.closest('section[data-payload]');
                if (section) {
                    return section.dataset.payload;
                }
            }
            const root = current.getRootNode ? current.getRootNode() : null;
            current = root instanceof ShadowRoot ? root.host : null;
        }
        return null;
    }

    function isForbidden(url) {
        let protocol;
        try {
            protocol = new URL(url, document.baseURI).protocol.toLowerCase();
        } catch (unparseable) {
            // What the URL parser rejects cannot be followed, but report a scheme-looking value anyway.
            protocol = String(url).replace(/[\s\u0000-\u001f\u2028\u2029]+/g, '').toLowerCase();
        }
        return FORBIDDEN_PROTOCOLS.some(forbidden => protocol.startsWith(forbidden));
    }

    // The page never leaves: links and forms are recorded and stopped. A javascript: link is let through on purpose,
    // because following it runs its script inside this page, where the traps name the payload; it does not navigate.
    document.addEventListener('click', event => {
        const link = event.target instanceof Element ? event.target.closest('a[href], area[href]') : null;
        if (link) {
            clicks.push({href: String(link.href), payload: payloadOf(link)});
        }
        if (!link || !String(link.href).toLowerCase().startsWith('javascript:')) {
            event.preventDefault();
        }
    }, true);
    document.addEventListener('submit', event => {
        if (!(event.target instanceof HTMLFormElement)) {
            return; // the harness's own synthetic submit event at the document
        }
        submits.push({action: String(event.target.action), payload: payloadOf(event.target)});
        event.preventDefault();
    }, true);

    // The Vaadin way: fragments assigned to innerHTML (scripts inert, handlers live), instead of parsed with the page.
    document.addEventListener('DOMContentLoaded', () => {
        const data = document.getElementById('fragments-json');
        if (data) {
            const fragments = JSON.parse(data.textContent);
            for (const section of document.querySelectorAll('section[data-payload]')) {
                section.innerHTML = fragments[section.dataset.payload] ?? '';
            }
        }
    });

    function allElements() {
        const elements = [];
        const walk = root => {
            for (const element of root.querySelectorAll('*')) {
                elements.push(element);
                if (element.shadowRoot) {
                    walk(element.shadowRoot);
                }
                if (element.content instanceof DocumentFragment) {
                    walk(element.content);
                }
            }
        };
        walk(document);
        return elements.filter(element => !element.hasAttribute('data-harness'));
    }

    function eventTypes() {
        const types = new Set(['focusin', 'focusout', 'DOMActivate']);
        const sources = [window, document, document.body, document.createElement('video'),
            document.createElement('input'), document.createElement('details'), document.createElement('form'),
            document.createElementNS('http://www.w3.org/2000/svg', 'animate')];
        for (const source of sources) {
            for (const key in source) {
                if (key.startsWith('on')) {
                    types.add(key.substring(2));
                }
            }
        }
        return [...types];
    }

    function newEvent(type) {
        const options = {bubbles: true, cancelable: true, composed: true};
        if (type === 'click' || type === 'dblclick' || type === 'auxclick' || type === 'contextmenu'
            || type.startsWith('mouse')) {
            return new MouseEvent(type, {...options, view: window});
        }
        return new Event(type, options);
    }

    window.__harness = {
        sections: () => [...document.querySelectorAll('#fragments > section[data-payload]')],

        /**
         * Fires every event type that has an on* handler attribute at every element (and at body, html, document
         * and window, where a <body onload> in a fragment is merged), focuses what can take focus, and scrolls.
         */
        exercise() {
            const types = eventTypes();
            const targets = [...allElements(), document, window];
            for (const target of targets) {
                exercising = target instanceof Node ? payloadOf(target) : null;
                if (typeof target.focus === 'function' && target !== window) {
                    try {
                        target.focus();
                    } catch (ignored) {
                        // not focusable
                    }
                }
                for (const type of types) {
                    try {
                        target.dispatchEvent(newEvent(type));
                    } catch (ignored) {
                        // a handler threw; whatever it did before throwing is recorded
                    }
                }
                exercising = null;
            }
            window.scrollTo(0, document.documentElement.scrollHeight);
            window.scrollTo(0, 0);
            return types.length;
        },

        inspect() {
            const findings = [];
            const add = (kind, node, detail) => findings.push({kind: kind, payload: payloadOf(node), detail: detail});
            const describe = element => '<' + element.localName + '>';
            for (const firing of fired.values()) {
                findings.push({kind: 'script ran', payload: firing.argument || firing.during,
                    detail: firing.via + '(' + firing.argument + '), ' + firing.count + ' time(s)'
                        + (firing.during === null ? '' : ', first while exercising payload ' + firing.during)});
            }
            for (const click of clicks) {
                if (isForbidden(click.href)) {
                    findings.push({kind: 'clicked a script URL', payload: click.payload, detail: click.href});
                }
            }
            for (const submit of submits) {
                findings.push({kind: 'submitted a form', payload: submit.payload, detail: submit.action});
            }
            for (const element of allElements()) {
                for (const attribute of element.attributes) {
                    const name = attribute.name.toLowerCase();
                    if (name.startsWith('on')) {
                        add('event handler attribute', element,
                            describe(element) + ' ' + attribute.name + '="' + attribute.value + '"');
                    }
                    if (URL_ATTRIBUTES.includes(name)) {
                        const urls = name === 'srcset' ? attribute.value.split(',').map(part => part.trim()
                            .split(/\s+/)[0]) : [attribute.value];
                        if (urls.some(isForbidden)) {
                            add('script URL', element, describe(element) + ' ' + attribute.name + '="'
                                + attribute.value + '"');
                        }
                    }
                }
                // The browser's own parsing: these properties resolve the attribute against the base URL.
                for (const property of URL_PROPERTIES) {
                    let value = element[property];
                    if (value && typeof value === 'object' && 'baseVal' in value) {
                        value = value.baseVal;
                    }
                    if (typeof value === 'string' && value && isForbidden(value)) {
                        add('script URL', element, describe(element) + '.' + property + ' = ' + value);
                    }
                }
                if (element.localName === 'meta' && /refresh/i.test(element.httpEquiv)) {
                    const target = /url\s*=\s*['"]?([^'"]*)/i.exec(element.content);
                    if (target && isForbidden(target[1])) {
                        add('script URL', element, '<meta http-equiv=refresh> to ' + target[1]);
                    }
                }
                if (element.localName === 'script') {
                    add('script element', element, describe(element) + element.textContent);
                }
                if (ACTIVE_ELEMENTS.includes(element.localName)) {
                    add('active element', element, element.outerHTML.substring(0, 200));
                }
            }
            return findings;
        }
    };
})();
