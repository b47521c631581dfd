({
    readOmniStatus: function (component) {
        var sync = component.find('sync');
        component
            .find('omniToolkit')
            .getServicePresenceStatusId()
            .then(function (result) {
                sync.omniStatusChanged(result.statusApiName);
            })
            .catch(function () {
                sync.omniStatusChanged(undefined);
            });
    },
    reportFailure: function (component, what, error) {
        var detail = error && error.message ? error.message : JSON.stringify(error);
        component.find('sync').omniStatusSetFailed(what, detail);
    }
});
